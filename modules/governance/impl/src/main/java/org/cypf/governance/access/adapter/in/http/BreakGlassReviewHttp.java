package org.cypf.governance.access.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.Involvements;
import org.cypf.platform.http.Routes;

/**
 * The break-glass review queue, mounted at {@value #PREFIX}: {@code GET /?page=&size=} lists uses not yet reviewed,
 * oldest first, at most {@value Involvements#MAX_PAGE_SIZE} a page; {@code POST /{accessId}} closes one with the
 * reviewer's {@code {"note": ...}} (ADR 0032).
 */
public final class BreakGlassReviewHttp implements HttpService {
    public static final String PREFIX = "/governance/break-glass-reviews";

    /** The reviewer's note closing a break-glass use. */
    public record Review(String note) {}

    private final Involvements involvements;

    public BreakGlassReviewHttp(Involvements involvements) {
        this.involvements = involvements;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get("/", (caller, req) -> {
            int page = req.query("page", Integer.class).orElse(1);
            int size = req.query("size", Integer.class).orElse(Involvements.DEFAULT_PAGE_SIZE);
            return involvements.reviewQueue(caller, page, size);
        });
        routes.post("/{accessId}", Review.class, (Caller caller, Review review, org.cypf.platform.http.RouteRequest req) ->
                involvements.close(caller, req.path("accessId", Long.class), review.note()));
    }
}
