package org.cypf.socialcare.api.lookedafter;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A looked-after child's next review, as its work queue shows it.
 *
 * @param startDate    the day the period of care began (null when it began before the records held)
 * @param reviewNumber the number of the review due in this period (1 for the first)
 * @param dueBy        the day the review is due by (regulation 33)
 */
public record LookedAfterReviewDue(UUID periodId, String childId, @Sensitive(PERSONAL) String localChildId,
                                   LocalDate startDate, int reviewNumber, LocalDate dueBy) {}
