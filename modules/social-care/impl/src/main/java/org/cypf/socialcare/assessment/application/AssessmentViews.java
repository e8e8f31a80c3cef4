package org.cypf.socialcare.assessment.application;

import java.util.List;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.Child;

/** Domain to published view, in one place. */
final class AssessmentViews {
    private AssessmentViews() {}

    static ReferralView of(Referral r, Child child, boolean reReferral, List<Assessment> assessments) {
        return new ReferralView(r.id(), child.id().toString(), child.localChildId(), r.referralDate(), r.source(),
                r.contactId(), reReferral, r.closureDate(), r.closureReason(),
                assessments.stream().map(a -> of(a, r)).toList(), r.version());
    }

    static AssessmentView of(Assessment a, Referral referral) {
        return new AssessmentView(a.id(), a.referralId(), a.childId().toString(), a.startDate(), a.dueDate(),
                a.completedDate(), a.authorisedDate(), a.factors(), a.outcome() == null ? null : a.outcome().name(),
                a.authorisedWithinTimescale().orElse(null),
                a.workingDaysToAuthorisation(referral.referralDate()).orElse(null), a.version());
    }
}
