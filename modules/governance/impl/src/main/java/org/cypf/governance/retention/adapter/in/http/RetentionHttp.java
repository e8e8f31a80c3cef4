package org.cypf.governance.retention.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.retention.AnonymisationView;
import org.cypf.governance.api.retention.LegalHoldView;
import org.cypf.governance.api.retention.LegalHolds;
import org.cypf.governance.api.retention.LiftLegalHold;
import org.cypf.governance.api.retention.PlaceLegalHold;
import org.cypf.governance.api.retention.ProposeAnonymisation;
import org.cypf.governance.api.retention.Retention;
import org.cypf.platform.http.Routes;

/**
 * Retention, mounted at {@value #PREFIX} (ADR 0034): {@code GET /due?date=&page=&size=} is the dry-run report of the
 * records due on a date (today if omitted), every context's, paged (at most 1000 a page); {@code POST
 * /anonymisations} proposes anonymising one, {@code GET /anonymisations/{id}} reads a proposal, and {@code POST
 * /anonymisations/{id}/approval} approves one someone else proposed and carries it out. Legal holds (ADR 0037):
 * {@code POST /legal-holds} places one on a child, {@code GET /legal-holds?lifted=&page=&size=} lists those in force
 * (and those lifted, with {@code lifted=true}), paged (at most 1000 a page), {@code GET /legal-holds/{id}} reads one and
 * {@code POST /legal-holds/{id}/lifting} lifts it with a reason.
 */
public final class RetentionHttp implements HttpService {
    public static final String PREFIX = "/governance/retention";

    private final Retention retention;
    private final LegalHolds holds;

    public RetentionHttp(Retention retention, LegalHolds holds) {
        this.retention = retention;
        this.holds = holds;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.get("/due", (caller, req) -> {
            LocalDate date = req.query("date", LocalDate.class).orElse(null);
            var page = req.page();
            var due = retention.due(caller, date, page.slice());
            return page.answer(date == null ? Map.of() : Map.of("date", date), "records", due);
        });
        routes.post("/anonymisations", ProposeAnonymisation.class, retention::propose).answers(AnonymisationView.class)
                .created((AnonymisationView view) -> "/anonymisations/" + view.anonymisationId());
        routes.get("/anonymisations/{anonymisationId}", (caller, req) ->
                retention.anonymisation(caller, req.path("anonymisationId", UUID.class)));
        routes.post("/anonymisations/{anonymisationId}/approval", (caller, req) ->
                retention.approve(caller, req.path("anonymisationId", UUID.class)));
        routes.post("/legal-holds", PlaceLegalHold.class, holds::place).answers(LegalHoldView.class)
                .created((LegalHoldView view) -> "/legal-holds/" + view.holdId());
        routes.get("/legal-holds", (caller, req) -> {
            boolean lifted = req.query("lifted", Boolean.class).orElse(false);
            var page = req.page();
            return page.answer(Map.of("lifted", lifted), "holds", holds.holds(caller, lifted, page.slice()));
        });
        routes.get("/legal-holds/{holdId}", (caller, req) -> holds.hold(caller, req.path("holdId", UUID.class)));
        routes.post("/legal-holds/{holdId}/lifting", LiftLegalHold.class, (caller, lifting, req) ->
                holds.lift(caller, req.path("holdId", UUID.class), lifting));
    }
}
