package org.cypf.healthwellbeing.send.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.send.CeaseEhcPlan;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcPlansDue;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.GiveEhcAdvice;
import org.cypf.healthwellbeing.api.send.DecideNotToIssuePlan;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.RecordSen2Details;
import org.cypf.healthwellbeing.api.send.WithdrawEhcRequest;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RequestEhcAdvice;
import org.cypf.healthwellbeing.api.send.ReviewEhcPlan;
import org.cypf.healthwellbeing.api.send.Sen2Export;
import org.cypf.healthwellbeing.api.send.Sen2File;
import org.cypf.kernel.page.Page;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/**
 * EHC needs assessments' resources, under {@value #PATH}: a request, its decision, advice, plan, reviews and end;
 * advice given by a practitioner; the paged readings of assessments due (20 weeks) at {@value #DUE_PATH} and of
 * advice awaited at {@value #ADVICE_DUE_PATH}; and the SEN2 return of a collection year at {@value #SEN2_PATH}{@code /{year}} (the XML text and its notes).
 */
public final class EhcNeedsAssessmentHttp {
    public static final String PATH = "/ehc-requests";

    public static final String SEN2_PATH = "/returns/sen2";
    /** Requests still open, the earliest 20-week due date first: the one reading {@link EhcPlansDue} (ADR 0105). */
    public static final String DUE_PATH = "/ehc-needs-assessments-due";
    /** Advice asked for and not yet given, the earliest due first ({@code ?adviser=&overdue=}). */
    public static final String ADVICE_DUE_PATH = "/ehc-advice-due";

    private final EhcNeedsAssessments ehc;
    private final EhcPlansDue due;
    private final Sen2Export sen2;

    public EhcNeedsAssessmentHttp(EhcNeedsAssessments ehc, EhcPlansDue due, Sen2Export sen2) {
        this.ehc = ehc;
        this.due = due;
        this.sen2 = sen2;
    }

    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, ReceiveEhcRequest.class, ehc::receive)
                .answers(EhcRequestView.class).created(r -> PATH + "/" + r.requestId());
        routes.get(PATH + "/{requestId}", (caller, req) -> ehc.request(caller, req.path("requestId", UUID.class)))
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/decision", DecideWhetherToAssess.class, ehc::decide)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/advice-requests", RequestEhcAdvice.class, ehc::requestAdvice)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/advice", GiveEhcAdvice.class, ehc::giveAdvice)
                .answers(EhcRequestView.class);
        routes.get(ADVICE_DUE_PATH, (caller, req) -> {
            PageRequest page = req.page();
            var found = ehc.adviceDue(caller, req.query("adviser", String.class).orElse(null),
                    req.query("overdue", Boolean.class).orElse(false), page.page(), page.size());
            return page.answer(Map.of(), "advice", new Page<>(found.advice(), found.total()));
        });
        routes.get(DUE_PATH, (caller, req) -> {
            PageRequest page = req.page();
            return page.answer(Map.of(), "requests", due.plansDue(caller, page.slice()));
        });
        routes.post(PATH + "/{requestId}/sen2-details", RecordSen2Details.class, ehc::recordSen2Details)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/withdrawal", WithdrawEhcRequest.class, ehc::withdraw)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/decision-not-to-issue", DecideNotToIssuePlan.class, ehc::decideNotToIssue)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/plan", IssueEhcPlan.class, ehc::issuePlan).answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/plan/reviews", ReviewEhcPlan.class, ehc::reviewPlan)
                .answers(EhcRequestView.class);
        routes.post(PATH + "/{requestId}/plan/cease", CeaseEhcPlan.class, ehc::ceasePlan)
                .answers(EhcRequestView.class);
        routes.get(SEN2_PATH + "/{year}", (caller, req) -> sen2.sen2(caller, req.path("year", Integer.class)))
                .answers(Sen2File.class);
    }
}
