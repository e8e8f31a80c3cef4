package org.cypf.socialcare.api.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An assessment is completed and authorised.
 *
 * @param authorisedDate CIN census AssessmentAuthorisationDate; the 45 working day timescale runs to it
 * @param factors        CIN census factors identified at the end of assessment (e.g. 3B, 16A; 21 alone: none)
 * @param outcome        NO_FURTHER_ACTION, CHILD_IN_NEED_PLAN or CHILD_PROTECTION_ENQUIRY
 * @param version        the version of the assessment the caller read (optimistic locking)
 */
public record CompleteAssessment(UUID referralId, UUID assessmentId, LocalDate completedDate, LocalDate authorisedDate,
                                 List<String> factors, String outcome, long version) {
    /**
     * A copy the caller cannot change afterwards. Null, and null codes in it, are kept: the domain refuses them by
     * field ({@code factors}, {@code factors[i]}), which {@link List#copyOf} would pre-empt with an exception.
     */
    public CompleteAssessment {
        factors = factors == null ? null : Collections.unmodifiableList(new ArrayList<>(factors));
    }
}
