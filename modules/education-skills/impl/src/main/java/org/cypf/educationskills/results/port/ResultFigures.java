package org.cypf.educationskills.results.port;

import java.math.BigDecimal;
import org.cypf.educationskills.attendance.domain.AcademicYear;

/** Aggregates of the results held for one school year, for measures: counts and sums only, no pupil's record. */
public interface ResultFigures {

    /**
     * Pupils with a profile, and those with a good level of development ({@code met}).
     *
     * @param disadvantaged null for every pupil; true for the disadvantaged only; false for the others only
     */
    Counted eyfs(AcademicYear year, Boolean disadvantaged);

    /** Pupils with KS2 results, those at the expected standard in RWM ({@code met}), at the higher ({@code higher}). */
    Counted ks2(AcademicYear year, Boolean disadvantaged);

    Ks4Figures ks4(AcademicYear year, Boolean disadvantaged);

    /** @param higher only for KS2 (the higher standard); 0 otherwise */
    record Counted(long pupils, long met, long higher) {}

    /**
     * @param pupils         pupils with KS4 results
     * @param attainment8    the sum of their Attainment 8 scores
     * @param progress8Pupils pupils with a Progress 8 score, and {@code progress8} the sum of those scores
     */
    record Ks4Figures(long pupils, BigDecimal attainment8, long progress8Pupils, BigDecimal progress8, long basics4,
                      long basics5) {}
}
