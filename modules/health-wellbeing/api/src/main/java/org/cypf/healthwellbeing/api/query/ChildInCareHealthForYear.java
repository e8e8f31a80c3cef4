package org.cypf.healthwellbeing.api.query;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * What health holds of a child in care for the twelve months ending {@code yearEnding}, in the shape of the SSDA903
 * OC2 file's health fields (1 yes, 0 no).
 *
 * @param healthAssessment HEALTH_ASSESSMENT: a health assessment in the twelve months
 * @param teethCheck       TEETH_CHECK: a dental check in the twelve months
 * @param immunisations    IMMUNISATIONS: the latest immunisation status recorded in the twelve months was up to date
 * @param sdqScore         SDQ_SCORE: the latest SDQ total difficulties score in the twelve months, or null (social
 *                         care then gives SDQ_REASON, which health does not hold)
 */
public record ChildInCareHealthForYear(String childId, LocalDate yearEnding, int healthAssessment, int teethCheck,
                                       int immunisations, @Nullable Integer sdqScore) {}
