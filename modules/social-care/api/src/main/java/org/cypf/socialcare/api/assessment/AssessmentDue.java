package org.cypf.socialcare.api.assessment;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * An assessment awaiting authorisation, as its work queue shows it.
 *
 * @param dueDate       45 working days after the referral date
 * @param completedDate when the social worker completed it, awaiting a manager's authorisation; null while in progress
 */
public record AssessmentDue(UUID assessmentId, UUID referralId, String childId, @Sensitive(PERSONAL) String localChildId,
                            LocalDate startDate, LocalDate dueDate, LocalDate completedDate) {}
