package org.cypf.healthwellbeing.api.childrenincare;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child in care's health record for one period of care.
 *
 * @param initialAssessmentOn  the first health assessment on or after entering care, or null while none is recorded
 * @param initialAssessmentOnTime whether it was done by {@code ihaDueBy}; null while it is not done
 * @param nextAssessmentDue    the initial assessment's due date until it is done, then the review's: six months after
 *                             the last assessment for a child under 5 on that day, twelve months from 5
 */
public record CareHealthView(UUID recordId, String childId, UUID periodId, @Sensitive(PERSONAL) LocalDate dateOfBirth,
                             LocalDate enteredCareOn, LocalDate ihaDueBy, @Nullable LocalDate initialAssessmentOn,
                             @Nullable Boolean initialAssessmentOnTime, LocalDate nextAssessmentDue,
                             List<Check> checks, long version) {

    public CareHealthView {
        checks = List.copyOf(checks);
    }

    /** One check as recorded. */
    public record Check(String kind, LocalDate checkedOn, @Nullable Integer sdqScore, @Nullable Boolean upToDate) {}
}
