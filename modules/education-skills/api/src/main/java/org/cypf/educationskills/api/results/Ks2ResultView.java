package org.cypf.educationskills.api.results;

import org.cypf.kernel.contract.Nullable;

/**
 * A pupil's KS2 results.
 *
 * @param readingScore        scaled score, 80 to 120; none when the pupil has none
 * @param mathsScore          scaled score, 80 to 120; none when the pupil has none
 * @param writing             the STA writing teacher assessment code (GDS, EXS, WTS, PK1 to PK6, BLW, A, D)
 * @param expectedStandardRwm reading and maths 100+ and writing EXS or GDS
 * @param higherStandardRwm   reading and maths 110+ and writing GDS
 */
public record Ks2ResultView(String academicYear, int urn, boolean fsm6, @Nullable Integer readingScore,
                            @Nullable Integer mathsScore, String writing, boolean expectedStandardRwm,
                            boolean higherStandardRwm) {}
