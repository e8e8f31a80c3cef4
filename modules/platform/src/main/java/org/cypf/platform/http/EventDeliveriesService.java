package org.cypf.platform.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.events.EventDeliveries;

/**
 * Operators' view of event deliveries, mounted at {@code /platform/event-deliveries}: list by status, one page at a
 * time ({@code ?page=&size=}; failed ones are the ones to investigate) and resubmit a failed delivery after fixing its cause.
 */
public final class EventDeliveriesService implements HttpService {
    private static final Set<String> STATUSES = Set.of("PENDING", "FAILED", "COMPLETED");
    private final EventDeliveries deliveries;

    public EventDeliveriesService(EventDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.anonymous(rules);
        routes.get("/", (nobody, req) -> {
            // Statuses are read in any letter case, as operators type them.
            String status = req.query("status", String.class).map(s -> s.toUpperCase(Locale.ROOT)).orElse("FAILED");
            checkStatus(status);
            PageRequest page = req.page();
            long total = deliveries.count(status);
            List<EventDeliveries.Delivery> items = deliveries.withStatus(status, page.offset(), page.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", status);
            answer.put("deliveries", items);
            answer.put("count", items.size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", total);
            answer.put("hasNext", page.hasNext(total));
            return answer;
        });
        routes.post("/{subscriberId}/{position}/resubmit", (nobody, req) -> {
            if (!deliveries.resubmit(req.path("subscriberId", String.class), req.path("position", Long.class))) {
                throw new NotFound("no failed delivery " + req.path("position", Long.class) + " for that subscriber");
            }
            return null;
        }).noContent();
    }

    private static void checkStatus(String status) {
        if (!STATUSES.contains(status)) {
            throw InvalidInput.of("status", "must be one of PENDING, FAILED, COMPLETED");
        }
    }
}
