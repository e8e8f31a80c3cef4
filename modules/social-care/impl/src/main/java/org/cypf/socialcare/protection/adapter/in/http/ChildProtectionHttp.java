package org.cypf.socialcare.protection.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests.caller;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
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
import org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/**
 * Child protection's resources, mounted at {@value #PATH} under social care's prefix: an enquiry (strategy
 * discussions, section 47, initial conference) and plans (reviews, end).
 */
public final class ChildProtectionHttp implements HttpService {
    public static final String PATH = "/child-protection";

    record FirstDiscussionBody(String referralId, String discussionDate) {}

    record DiscussionBody(String discussionDate, Long version) {}

    record Section47Body(String startDate, Long version) {}

    record Section47OutcomeBody(String outcomeDate, String outcome, Long version) {}

    record ConferenceBody(String enquiryId, String conferenceDate, String outcome, Long version) {}

    record PlanBody(String enquiryId, String startDate, String category) {}

    record ReviewBody(String reviewDate, String category, Long version) {}

    record EndBody(String endDate, String reason, Long version) {}

    private final ChildProtection protection;
    private final Clock clock;

    public ChildProtectionHttp(ChildProtection protection, Clock clock) {
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/strategy-discussions", this::firstDiscussion)
                .get("/enquiries/{enquiryId}", this::enquiry)
                .post("/enquiries/{enquiryId}/strategy-discussions", this::furtherDiscussion)
                .post("/enquiries/{enquiryId}/section-47", this::startSection47)
                .post("/enquiries/{enquiryId}/section-47/outcome", this::concludeSection47)
                .post("/conferences", this::conference)
                .post("/plans", this::startPlan)
                .get("/plans", this::plansOn)
                .get("/plans/{planId}", this::plan)
                .post("/plans/{planId}/reviews", this::review)
                .post("/plans/{planId}/end", this::end);
    }

    private void firstDiscussion(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        FirstDiscussionBody body = JsonBodies.read(req, FirstDiscussionBody.class);
        var v = new Violations();
        var command = new HoldStrategyDiscussion(v.required("referralId", body.referralId(), UUID::fromString),
                v.required("discussionDate", body.discussionDate(), LocalDate::parse));
        v.throwIfAny();
        EnquiryView created = protection.holdStrategyDiscussion(caller, command);
        res.header(HeaderNames.LOCATION, enquiryLocation(created.enquiryId()));
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void enquiry(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        JsonBodies.ok(res, protection.enquiry(caller, enquiryId(req)));
    }

    private void furtherDiscussion(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = enquiryId(req);
        DiscussionBody body = JsonBodies.read(req, DiscussionBody.class);
        var v = new Violations();
        LocalDate date = v.required("discussionDate", body.discussionDate(), LocalDate::parse);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.addStrategyDiscussion(caller, new AddStrategyDiscussion(id, date, version)));
    }

    private void startSection47(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = enquiryId(req);
        Section47Body body = JsonBodies.read(req, Section47Body.class);
        var v = new Violations();
        LocalDate date = v.required("startDate", body.startDate(), LocalDate::parse);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.startSection47(caller, new StartSection47(id, date, version)));
    }

    private void concludeSection47(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = enquiryId(req);
        Section47OutcomeBody body = JsonBodies.read(req, Section47OutcomeBody.class);
        var v = new Violations();
        LocalDate date = v.required("outcomeDate", body.outcomeDate(), LocalDate::parse);
        String outcome = v.required("outcome", body.outcome(), s -> s);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.concludeSection47(caller, new ConcludeSection47(id, date, outcome, version)));
    }

    private void conference(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        ConferenceBody body = JsonBodies.read(req, ConferenceBody.class);
        var v = new Violations();
        UUID id = v.required("enquiryId", body.enquiryId(), UUID::fromString);
        LocalDate date = v.required("conferenceDate", body.conferenceDate(), LocalDate::parse);
        String outcome = v.required("outcome", body.outcome(), s -> s);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.holdInitialConference(caller, new HoldInitialConference(id, date, outcome, version)));
    }

    private void startPlan(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        PlanBody body = JsonBodies.read(req, PlanBody.class);
        var v = new Violations();
        var command = new StartPlan(v.required("enquiryId", body.enquiryId(), UUID::fromString),
                v.required("startDate", body.startDate(), LocalDate::parse),
                v.required("category", body.category(), s -> s));
        v.throwIfAny();
        PlanView created = protection.startPlan(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/plans/" + created.planId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void plansOn(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        LocalDate date = RequestParameters.query(req, "date", LocalDate::parse).orElse(LocalDate.now(clock));
        var plans = protection.plansOpenOn(caller, date);
        JsonBodies.ok(res, Map.of("date", date, "count", plans.size(), "plans", plans));
    }

    private void plan(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        JsonBodies.ok(res, protection.plan(caller, planId(req)));
    }

    private void review(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = planId(req);
        ReviewBody body = JsonBodies.read(req, ReviewBody.class);
        var v = new Violations();
        LocalDate date = v.required("reviewDate", body.reviewDate(), LocalDate::parse);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.reviewPlan(caller, new ReviewPlan(id, date, body.category(), version)));
    }

    private void end(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = planId(req);
        EndBody body = JsonBodies.read(req, EndBody.class);
        var v = new Violations();
        LocalDate date = v.required("endDate", body.endDate(), LocalDate::parse);
        String reason = v.required("reason", body.reason(), s -> s);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, protection.endPlan(caller, new EndPlan(id, date, reason, version)));
    }

    private static UUID enquiryId(ServerRequest req) {
        return RequestParameters.path(req, "enquiryId", UUID::fromString);
    }

    private static UUID planId(ServerRequest req) {
        return RequestParameters.path(req, "planId", UUID::fromString);
    }

    private static String enquiryLocation(UUID id) {
        return SocialCareHttp.PREFIX + PATH + "/enquiries/" + id;
    }
}
