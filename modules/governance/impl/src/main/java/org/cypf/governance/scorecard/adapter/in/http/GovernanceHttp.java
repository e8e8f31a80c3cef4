package org.cypf.governance.scorecard.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.time.LocalDate;
import org.cypf.governance.api.scorecard.Scorecards;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;

/** The scorecard's REST resource, mounted at {@value #PREFIX}. The scorecard holds aggregates only: no child's data. */
public final class GovernanceHttp implements HttpService {
    public static final String PREFIX = "/governance";
    private final Scorecards scorecards;
    private final Clock clock;

    public GovernanceHttp(Scorecards scorecards, Clock clock) {
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/scorecard", (req, res) -> {
            LocalDate asAt = RequestParameters.query(req, "date", LocalDate::parse).orElse(LocalDate.now(clock));
            JsonBodies.ok(res, scorecards.scorecard(asAt));
        });
    }
}
