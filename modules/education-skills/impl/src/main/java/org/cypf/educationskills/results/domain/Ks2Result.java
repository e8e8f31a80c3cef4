package org.cypf.educationskills.results.domain;

import java.util.Objects;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Violations;

/**
 * A pupil's Key Stage 2 results: scaled scores in the reading and mathematics tests (80 to 120; none when the pupil
 * sat no test or did not reach a score) and the writing teacher assessment.
 *
 * @param disadvantaged eligible for free school meals in the last six years (FSM6), as the DfE's disadvantaged pupils
 */
public record Ks2Result(UniquePupilNumber upn, AcademicYear year, int urn, boolean disadvantaged, Integer readingScore,
                        Integer mathsScore, WritingAssessment writing) {
    public static final int LOWEST_SCALED_SCORE = 80;
    public static final int HIGHEST_SCALED_SCORE = 120;
    /** The expected standard in a test: a scaled score of 100 or more. */
    public static final int EXPECTED_SCORE = 100;
    /** The higher standard in a test: a scaled score of 110 or more. */
    public static final int HIGHER_SCORE = 110;

    public Ks2Result {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(writing, "writing");
        var v = new Violations();
        v.check(readingScore == null || (readingScore >= LOWEST_SCALED_SCORE && readingScore <= HIGHEST_SCALED_SCORE),
                "readingScore", "must be a scaled score from 80 to 120");
        v.check(mathsScore == null || (mathsScore >= LOWEST_SCALED_SCORE && mathsScore <= HIGHEST_SCALED_SCORE),
                "mathsScore", "must be a scaled score from 80 to 120");
        v.throwIfAny();
    }

    /** Reading, writing and maths all at the expected standard (RWM): 100+ in both tests and EXS or GDS in writing. */
    public boolean expectedStandardRwm() {
        return atLeast(readingScore, EXPECTED_SCORE) && atLeast(mathsScore, EXPECTED_SCORE)
                && writing.meetsExpectedStandard();
    }

    /** The higher standard in all three: 110+ in both tests and working at greater depth in writing. */
    public boolean higherStandardRwm() {
        return atLeast(readingScore, HIGHER_SCORE) && atLeast(mathsScore, HIGHER_SCORE) && writing.meetsHigherStandard();
    }

    private static boolean atLeast(Integer score, int standard) {
        return score != null && score >= standard;
    }
}
