package org.cypf.healthwellbeing.api.query;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * What health holds of a child in care for the twelve months ending {@code yearEnding}, in the shape of the SSDA903
 * OC2 file's health fields (1 yes, 0 no; null: not held, or not asked of this child).
 *
 * @param healthAssessment     HEALTH_ASSESSMENT: a health assessment in the twelve months
 * @param teethCheck           TEETH_CHECK: a dental check in the twelve months
 * @param immunisations        IMMUNISATIONS: the latest immunisation status recorded in the twelve months was up to date
 * @param sdqScore             SDQ_SCORE: the latest SDQ total difficulties score in the twelve months, or null
 * @param sdqReason            SDQ_REASON when there is no score: the reason recorded (SDQ1-SDQ5), or SDQ1 for a
 *                             child under 4 at the year's start or 17 at its end; null when neither is held
 * @param healthCheck          HEALTH_CHECK, for a child under 5 at {@code yearEnding}: the latest development check's
 *                             answer; null when none is recorded or the child is 5 or more
 * @param substanceMisuse      SUBSTANCE_MISUSE: a substance misuse problem identified in the twelve months
 * @param interventionReceived INTERVENTION_RECEIVED when SUBSTANCE_MISUSE is 1, else null (DfE rules 192, 193)
 * @param interventionOffered  INTERVENTION_OFFERED when SUBSTANCE_MISUSE is 1 and none was received, else null
 */
public record ChildInCareHealthForYear(String childId, LocalDate yearEnding, int healthAssessment, int teethCheck,
                                       int immunisations, @Nullable Integer sdqScore, @Nullable String sdqReason,
                                       @Nullable Integer healthCheck, int substanceMisuse,
                                       @Nullable Integer interventionReceived, @Nullable Integer interventionOffered) {

    /** Health's four original OC2 fields, nothing else held. */
    public ChildInCareHealthForYear(String childId, LocalDate yearEnding, int healthAssessment, int teethCheck,
                                    int immunisations, Integer sdqScore) {
        this(childId, yearEnding, healthAssessment, teethCheck, immunisations, sdqScore, null, null, 0, null, null);
    }
}
