package org.cypf.socialcare.api.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as a client sees it; {@code version} is what a change must quote back.
 *
 * @param dueDate                    45 working days after the referral date
 * @param authorisedWithinTimescale  null until authorised
 * @param workingDaysToAuthorisation working days from the referral date to authorisation; null until authorised
 */
public record AssessmentView(UUID assessmentId, UUID referralId, String childId, LocalDate startDate, LocalDate dueDate,
                             LocalDate completedDate, LocalDate authorisedDate, List<String> factors, String outcome,
                             Boolean authorisedWithinTimescale, Integer workingDaysToAuthorisation, long version) {
    public AssessmentView {
        factors = List.copyOf(factors);
    }
}
