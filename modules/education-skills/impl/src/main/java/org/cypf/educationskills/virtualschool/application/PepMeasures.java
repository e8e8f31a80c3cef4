package org.cypf.educationskills.virtualschool.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The virtual school's measure of Personal Education Plans on time (issue 11): of the PEPs held in the school year to
 * the date (from the 1 September on or before it), the percentage held on or before the date each was due, rounded
 * half up to one decimal place, with numerator and denominator (0 of 0: no value on the scorecard). Aggregates only.
 */
public final class PepMeasures implements MeasureSource {
    public static final String SOURCE = "education-skills";
    public static final String PEPS_ON_TIME = "education-skills.peps-on-time";

    private final UnitOfWork unitOfWork;
    private final VirtualSchoolRoll roll;
    private final Clock clock;

    public PepMeasures(UnitOfWork unitOfWork, VirtualSchoolRoll roll, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.roll = roll;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(PEPS_ON_TIME);
    }

    @Override
    public MeasureValue compute(String key, LocalDate asAt) {
        if (!PEPS_ON_TIME.equals(key)) {
            throw new NotFound("education and skills' virtual school computes no measure " + key);
        }
        AcademicYear year = AcademicYear.containing(asAt);
        LocalDate from = LocalDate.of(year.startYear(), 9, 1);
        long[] held = unitOfWork.inTransaction(() -> roll.pepsHeld(from, asAt));
        BigDecimal value = held[0] == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(held[1] * 100L).divide(BigDecimal.valueOf(held[0]), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, held[1], held[0], new Provenance(SOURCE, "Personal Education Plans "
                + "held on or before their due date (the first within 20 school days of entering care, then each "
                + "term), % of PEPs held from " + from + " to " + asAt + " (the school year " + year + " to the date)",
                clock.instant()));
    }
}
