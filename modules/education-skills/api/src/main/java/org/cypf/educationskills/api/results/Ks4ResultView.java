package org.cypf.educationskills.api.results;

import java.math.BigDecimal;
import org.cypf.kernel.contract.Nullable;

/**
 * A pupil's KS4 results.
 *
 * @param progress8        none when the pupil has no KS2 prior attainment
 * @param englishAndMaths4 English and maths both at grade 4 or above
 * @param englishAndMaths5 English and maths both at grade 5 or above
 */
public record Ks4ResultView(String academicYear, int urn, boolean fsm6, BigDecimal attainment8,
                            @Nullable BigDecimal progress8, int englishGrade, int mathsGrade, boolean englishAndMaths4,
                            boolean englishAndMaths5) {}
