package org.cypf.governance.scorecard.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import org.cypf.governance.api.scorecard.Scorecards;
import org.cypf.platform.http.Routes;

/**
 * The scorecard's REST resource, mounted at {@value #PREFIX}. The scorecard holds aggregates only: no child's data,
 * so it is read without a caller.
 */
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
        Routes.anonymous(rules).get("/scorecard", (nobody, req) -> scorecards.scorecard(req.dateOrToday("date", clock)));
    }
}
