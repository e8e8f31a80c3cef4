package org.cypf.governance.access.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.Involvements;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.platform.http.Routes;

/**
 * Involvements with children, mounted at {@value #PREFIX}: {@code POST /} records one (a team manager),
 * {@code GET /?child=&page=&size=} lists them, at most {@value Involvements#MAX_PAGE_SIZE} a page (ADR 0032).
 */
public final class InvolvementHttp implements HttpService {
    public static final String PREFIX = "/governance/involvements";

    private final Involvements involvements;

    public InvolvementHttp(Involvements involvements) {
        this.involvements = involvements;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/", NewInvolvement.class, involvements::record).created(i -> "/" + i.involvementId());
        routes.get("/", (caller, req) -> {
            UUID child = req.query("child", UUID.class).orElse(null);
            int page = req.query("page", Integer.class).orElse(1);
            int size = req.query("size", Integer.class).orElse(Involvements.DEFAULT_PAGE_SIZE);
            return involvements.involvements(caller, child, page, size);
        });
    }
}
