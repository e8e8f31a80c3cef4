package org.cypf.socialcare.assessment.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests.caller;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/**
 * Referrals and their assessments, mounted at {@value #PATH} under social care's prefix: an assessment is a
 * sub-resource of the referral it assesses.
 */
public final class AssessmentHttp implements HttpService {
    public static final String PATH = "/referrals";

    record ReferralBody(CaseworkRequests.ChildBody child, String referralDate, String source) {}

    record CloseBody(String closureDate, String reason, Long version) {}

    record StartBody(String startDate) {}

    record CompleteBody(String completedDate, String authorisedDate, List<String> factors, String outcome, Long version) {}

    private final ReferralsAndAssessments referrals;

    public AssessmentHttp(ReferralsAndAssessments referrals) {
        this.referrals = referrals;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::record)
                .get("/{referralId}", this::get)
                .post("/{referralId}/close", this::close)
                .post("/{referralId}/assessments", this::start)
                .post("/{referralId}/assessments/{assessmentId}/complete", this::complete);
    }

    private void record(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        ReferralBody body = JsonBodies.read(req, ReferralBody.class);
        var v = new Violations();
        var command = new RecordReferral(CaseworkRequests.child(v, body.child()),
                v.required("referralDate", body.referralDate(), LocalDate::parse),
                v.required("source", body.source(), s -> s));
        v.throwIfAny();
        ReferralView created = referrals.recordReferral(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/" + created.referralId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "referralId", UUID::fromString);
        JsonBodies.ok(res, referrals.referral(caller, id));
    }

    private void close(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "referralId", UUID::fromString);
        CloseBody body = JsonBodies.read(req, CloseBody.class);
        var v = new Violations();
        LocalDate date = v.required("closureDate", body.closureDate(), LocalDate::parse);
        String reason = v.required("reason", body.reason(), s -> s);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, referrals.closeReferral(caller, new CloseReferral(id, date, reason, version)));
    }

    private void start(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "referralId", UUID::fromString);
        StartBody body = JsonBodies.read(req, StartBody.class);
        var v = new Violations();
        LocalDate date = v.required("startDate", body.startDate(), LocalDate::parse);
        v.throwIfAny();
        AssessmentView started = referrals.startAssessment(caller, new StartAssessment(id, date));
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/" + id);
        JsonBodies.send(res, Status.CREATED_201, started);
    }

    private void complete(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID referralId = RequestParameters.path(req, "referralId", UUID::fromString);
        UUID assessmentId = RequestParameters.path(req, "assessmentId", UUID::fromString);
        CompleteBody body = JsonBodies.read(req, CompleteBody.class);
        var v = new Violations();
        LocalDate completed = v.required("completedDate", body.completedDate(), LocalDate::parse);
        LocalDate authorised = v.required("authorisedDate", body.authorisedDate(), LocalDate::parse);
        if (body.factors() == null || body.factors().isEmpty()) {
            v.add("factors", "is required: the factors identified at the end of assessment, or [\"21\"] for none");
        }
        String outcome = v.required("outcome", body.outcome(), s -> s);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, referrals.completeAssessment(caller, new CompleteAssessment(referralId, assessmentId,
                completed, authorised, body.factors(), outcome, version)));
    }
}
