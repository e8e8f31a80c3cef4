package org.cypf.socialcare.api.protection;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * An open child protection plan's next review, as its work queue shows it.
 *
 * @param latestCategory  the latest category of abuse (CIN census: NEG, PHY, SAB, EMO, MUL)
 * @param reviewsHeld     how many reviews the plan has had; the one due is the next
 * @param reviewDueDate   3 months after the initial conference for the first, 6 months after the review before
 */
public record PlanReviewDue(UUID planId, String childId, @Sensitive(PERSONAL) String localChildId, LocalDate startDate,
                            String latestCategory, int reviewsHeld, LocalDate reviewDueDate) {}
