package org.cypf.socialcare.api.protection;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child protection plan as a client sees it; {@code version} is what a change must quote back.
 *
 * @param previousPlans the child's plans before this one (CIN census NumberOfPreviousCPP)
 * @param repeatPlan    a second or subsequent plan for the child
 * @param nextReviewDue null once the plan has ended
 */
public record PlanView(UUID planId, String childId, @Sensitive(PERSONAL) String localChildId, UUID referralId, UUID enquiryId,
                       LocalDate conferenceDate, LocalDate startDate, String initialCategory, String latestCategory,
                       int previousPlans, boolean repeatPlan, List<ReviewView> reviews, LocalDate nextReviewDue,
                       LocalDate endDate, String endReason, long version) {
    public PlanView {
        reviews = List.copyOf(reviews);
    }

    /** A review conference, against the date it was due. */
    public record ReviewView(LocalDate reviewDate, LocalDate dueDate, boolean withinTimescale, String category) {}
}
