package org.cypf.educationskills.results.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Violations;

/**
 * A pupil's Key Stage 4 results: Attainment 8 (0 to 90), Progress 8 (none when the pupil has no KS2 prior attainment),
 * and the best GCSE grades in English and in mathematics (0 to 9; 0 when none).
 *
 * @param disadvantaged eligible for free school meals in the last six years (FSM6), as the DfE's disadvantaged pupils
 */
public record Ks4Result(UniquePupilNumber upn, AcademicYear year, int urn, boolean disadvantaged,
                        BigDecimal attainment8, BigDecimal progress8, int englishGrade, int mathsGrade) {
    public static final BigDecimal MAX_ATTAINMENT_8 = BigDecimal.valueOf(90);

    public Ks4Result {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(year, "year");
        var v = new Violations();
        if (attainment8 == null) {
            v.add("attainment8", "is required");
        } else {
            v.check(attainment8.signum() >= 0 && attainment8.compareTo(MAX_ATTAINMENT_8) <= 0
                    && attainment8.scale() <= 2, "attainment8", "must be from 0 to 90, at most two decimal places");
        }
        v.check(progress8 == null || (progress8.abs().compareTo(BigDecimal.TEN) <= 0 && progress8.scale() <= 2),
                "progress8", "must be from -10 to 10, at most two decimal places");
        v.check(englishGrade >= 0 && englishGrade <= 9, "englishGrade", "must be a GCSE grade from 0 to 9");
        v.check(mathsGrade >= 0 && mathsGrade <= 9, "mathsGrade", "must be a GCSE grade from 0 to 9");
        v.throwIfAny();
        // Held to two places, as stored, so a result read again equals the one held.
        attainment8 = attainment8.setScale(2);
        progress8 = progress8 == null ? null : progress8.setScale(2);
    }

    /** English and maths both at {@code grade} or above (the DfE's "basics" at 4, a standard pass, or 5, a strong pass). */
    public boolean englishAndMathsAtOrAbove(int grade) {
        return englishGrade >= grade && mathsGrade >= grade;
    }
}
