package org.cypf.platform.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.events.EventDeliveries;

/**
 * Operators' view of event deliveries, mounted at {@code /platform/event-deliveries}: list by status
 * (failed ones are the ones to investigate) and resubmit a failed delivery after fixing its cause.
 */
public final class EventDeliveriesService implements HttpService {
    private static final Set<String> STATUSES = Set.of("PENDING", "FAILED", "COMPLETED");
    private final EventDeliveries deliveries;

    public EventDeliveriesService(EventDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            String status = RequestParameters.query(req, "status", s -> s.toUpperCase(Locale.ROOT)).orElse("FAILED");
            if (!STATUSES.contains(status)) {
                throw InvalidInput.of("status", "must be one of PENDING, FAILED, COMPLETED");
            }
            int limit = RequestParameters.query(req, "limit", Integer::parseInt).orElse(100);
            if (limit < 1 || limit > 1000) {
                throw InvalidInput.of("limit", "must be between 1 and 1000");
            }
            JsonBodies.ok(res, Map.of("status", status, "deliveries", deliveries.withStatus(status, limit)));
        });
        rules.post("/{subscriberId}/{position}/resubmit", (req, res) -> {
            String subscriber = req.path().pathParameters().get("subscriberId");
            long position = RequestParameters.path(req, "position", Long::parseLong);
            if (!deliveries.resubmit(subscriber, position)) {
                throw new NotFound("no failed delivery " + position + " for that subscriber");
            }
            res.status(io.helidon.http.Status.NO_CONTENT_204).send();
        });
    }
}
