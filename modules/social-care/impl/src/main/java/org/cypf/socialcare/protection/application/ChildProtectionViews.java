package org.cypf.socialcare.protection.application;

import java.util.ArrayList;
import java.util.List;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.shared.domain.Child;

/** Domain to published view, in one place. */
final class ChildProtectionViews {
    private ChildProtectionViews() {}

    static EnquiryView of(ChildProtectionEnquiry e, Child child) {
        return new EnquiryView(e.id(), child.id().toString(), child.localChildId(), e.referralId(),
                e.strategyDiscussions(), e.section47StartDate(), name(e.section47Outcome()), e.section47OutcomeDate(),
                e.conferenceDueDate(), e.conferenceDate(), name(e.conferenceOutcome()),
                e.conferenceWithinTimescale().orElse(null), e.conferenceNotRequired(), e.version());
    }

    static PlanView of(ChildProtectionPlan p, Child child) {
        List<ChildProtectionPlan.ReviewTimeliness> timeliness = p.reviewTimeliness();
        List<PlanView.ReviewView> reviews = new ArrayList<>();
        for (int i = 0; i < timeliness.size(); i++) {
            var t = timeliness.get(i);
            reviews.add(new PlanView.ReviewView(t.date(), t.dueDate(), t.withinTimescale(), p.reviews().get(i).category()));
        }
        return new PlanView(p.id(), child.id().toString(), child.localChildId(), p.referralId(), p.enquiryId(),
                p.conferenceDate(), p.startDate(), p.initialCategory(), p.latestCategory(), p.previousPlans(),
                p.isRepeat(), reviews, p.nextReviewDue(), p.endDate(), name(p.endReason()), p.version());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
