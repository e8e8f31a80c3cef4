package org.cypf.socialcare.protection.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.protection.AddStrategyDiscussion;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EndPlan;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.ReviewPlan;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;
import org.cypf.socialcare.shared.adapter.in.http.Listings;

/**
 * Child protection's resources, mounted at {@value #PATH} under social care's prefix: an enquiry (strategy
 * discussions, section 47, initial conference) and plans (reviews, end).
 */
public final class ChildProtectionHttp implements HttpService {
    public static final String PATH = "/child-protection";

    private final ChildProtection protection;
    private final Clock clock;

    public ChildProtectionHttp(ChildProtection protection, Clock clock) {
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/strategy-discussions", HoldStrategyDiscussion.class, protection::holdStrategyDiscussion)
                .answers(EnquiryView.class).created(enquiry -> "/enquiries/" + enquiry.enquiryId());
        routes.get("/enquiries/{enquiryId}", (caller, req) -> protection.enquiry(caller, req.path("enquiryId", UUID.class)))
                .answers(EnquiryView.class);
        routes.post("/enquiries/{enquiryId}/strategy-discussions", AddStrategyDiscussion.class,
                protection::addStrategyDiscussion).answers(EnquiryView.class);
        routes.post("/enquiries/{enquiryId}/section-47", StartSection47.class, protection::startSection47)
                .answers(EnquiryView.class);
        routes.post("/enquiries/{enquiryId}/section-47/outcome", ConcludeSection47.class, protection::concludeSection47)
                .answers(EnquiryView.class);
        routes.post("/conferences", HoldInitialConference.class, protection::holdInitialConference)
                .answers(EnquiryView.class);
        routes.post("/plans", StartPlan.class, protection::startPlan)
                .answers(PlanView.class).created(plan -> "/plans/" + plan.planId());
        routes.get("/plans", (caller, req) -> Listings.pageOnDate(req, clock, "plans",
                (date, slice) -> protection.plansOpenOn(caller, date, slice)));
        routes.get("/plans/{planId}", (caller, req) -> protection.plan(caller, req.path("planId", UUID.class)))
                .answers(PlanView.class);
        routes.post("/plans/{planId}/reviews", ReviewPlan.class, protection::reviewPlan).answers(PlanView.class);
        routes.post("/plans/{planId}/end", EndPlan.class, protection::endPlan).answers(PlanView.class);
    }
}
