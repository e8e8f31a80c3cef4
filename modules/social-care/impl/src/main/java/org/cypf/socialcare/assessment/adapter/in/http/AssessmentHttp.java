package org.cypf.socialcare.assessment.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;

/**
 * Referrals and their assessments, mounted at {@value #PATH} under social care's prefix: an assessment is a
 * sub-resource of the referral it assesses, so a started assessment is found at its referral.
 */
public final class AssessmentHttp implements HttpService {
    public static final String PATH = "/referrals";

    private final ReferralsAndAssessments referrals;

    public AssessmentHttp(ReferralsAndAssessments referrals) {
        this.referrals = referrals;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/", RecordReferral.class, referrals::recordReferral).answers(ReferralView.class)
                .created(referral -> "/" + referral.referralId());
        routes.get("/{referralId}", (caller, req) -> referrals.referral(caller, req.path("referralId", UUID.class)))
                .answers(ReferralView.class);
        routes.post("/{referralId}/close", CloseReferral.class, referrals::closeReferral).answers(ReferralView.class);
        routes.post("/{referralId}/assessments", StartAssessment.class, referrals::startAssessment)
                .answers(AssessmentView.class).created(assessment -> "/" + assessment.referralId());
        routes.post("/{referralId}/assessments/{assessmentId}/complete", CompleteAssessment.class,
                referrals::completeAssessment).answers(AssessmentView.class);
    }
}
