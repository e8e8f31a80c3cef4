package org.cypf.educationskills.api.virtualschool;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child on the virtual school's roll whose PEP is due.
 *
 * @param firstPep   no PEP held yet in this time in care: the first, due 20 school days after entering care
 * @param lastHeldOn the latest PEP held in this time in care; null when none
 * @param overdue    the due date has passed (on the day the list was read)
 */
public record PepReviewDueView(String childId, @Sensitive(PERSONAL) @Nullable String upn, LocalDate enteredCareOn, LocalDate dueBy,
                               boolean firstPep, @Nullable LocalDate lastHeldOn, boolean overdue) {}
