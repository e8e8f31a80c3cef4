package org.cypf.socialcare.api.assessment;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Referrals to children's social care (CIN census episodes) and the child and family assessments of them, with the
 * 45 working day timescale from the referral date. Every call is authorised and audited as an access to the child's
 * record.
 */
public interface ReferralsAndAssessments {

    /**
     * Records a referral received directly (one made from a contact is opened by the contact's decision). A referral
     * within 12 months of a previous referral of the child is flagged as a re-referral.
     */
    ReferralView recordReferral(Caller caller, RecordReferral command);

    /** The referral with its assessments. */
    ReferralView referral(Caller caller, UUID referralId);

    /** Closes the CIN episode with a CIN census reason for closure. */
    ReferralView closeReferral(Caller caller, CloseReferral command);

    AssessmentView startAssessment(Caller caller, StartAssessment command);

    /** Completes an assessment with its factors (CIN census codes) and outcome. */
    AssessmentView completeAssessment(Caller caller, CompleteAssessment command);

    /** The most referrals a page of one child's referrals holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of one child's referrals with their assessments, earliest referral first, and how many there are: the
     * child's record, authorised and audited as one read of it (a child's chronology shows social care's referrals
     * and assessments from it).
     *
     * @throws org.cypf.kernel.problem.InvalidInput when {@code childId} is not a child's id (a UUID) or {@code slice}
     *                                              asks for more than {@value #MAX_CHILD_PAGE_SIZE}; nothing is audited
     */
    org.cypf.kernel.page.Page<ReferralView> referralsOfChild(Caller caller, String childId,
                                                             org.cypf.kernel.page.Slice slice);
}
