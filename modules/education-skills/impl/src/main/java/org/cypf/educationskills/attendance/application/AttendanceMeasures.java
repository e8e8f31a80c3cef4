package org.cypf.educationskills.attendance.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceFigures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Attendance's measures for governance (S004's "children attend school", S001's absence). Each is over the terms
 * held for the academic year the date falls in (1 September to 31 August), each pupil's terms added together, as
 * the DfE counts absence over the year to date: a pupil is a persistent absentee who missed 10 % or more of their
 * possible sessions, a severe absentee 50 % or more (compared exactly, {@link TermAttendance}). Percentages are
 * rounded half up to one decimal place, with numerator and denominator; 0 of 0: no value on the scorecard. Aggregates only: no
 * child's record is read out, so no access is audited.
 */
public final class AttendanceMeasures implements MeasureSource {
    public static final String SOURCE = "education-skills";
    public static final String PERSISTENT_ABSENCE = "education-skills.persistent-absence";
    public static final String SEVERE_ABSENCE = "education-skills.severe-absence";
    public static final String ATTENDANCE_RATE = "education-skills.attendance-rate";
    public static final String CHILDREN_IN_CARE_PERSISTENT_ABSENCE = "education-skills.children-in-care-persistent-absence";

    private final UnitOfWork unitOfWork;
    private final AttendanceFigures figures;
    private final Clock clock;

    public AttendanceMeasures(UnitOfWork unitOfWork, AttendanceFigures figures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(PERSISTENT_ABSENCE, SEVERE_ABSENCE, ATTENDANCE_RATE, CHILDREN_IN_CARE_PERSISTENT_ABSENCE);
    }

    @Override
    public MeasureValue compute(String key, LocalDate asAt) {
        AcademicYear year = AcademicYear.containing(asAt);
        return unitOfWork.inTransaction(() -> switch (key) {
            case PERSISTENT_ABSENCE -> {
                var f = figures.of(year, null);
                yield percentage(key, asAt, f.persistentAbsentees(), f.pupils(), "Pupils who missed 10 % or more of "
                        + "their possible sessions over their terms held for " + year + ", % of pupils with terms held "
                        + "(DfE persistent absence)");
            }
            case SEVERE_ABSENCE -> {
                var f = figures.of(year, null);
                yield percentage(key, asAt, f.severeAbsentees(), f.pupils(), "Pupils who missed 50 % or more of "
                        + "their possible sessions over their terms held for " + year + ", % of pupils with terms held "
                        + "(DfE severe absence)");
            }
            case ATTENDANCE_RATE -> {
                var f = figures.of(year, null);
                yield percentage(key, asAt, f.sessionsPossible() - f.sessionsMissed(), f.sessionsPossible(),
                        "Sessions attended over sessions possible in the terms held for " + year + ", %");
            }
            case CHILDREN_IN_CARE_PERSISTENT_ABSENCE -> {
                var f = figures.of(year, asAt);
                yield percentage(key, asAt, f.persistentAbsentees(), f.pupils(), "Children on the virtual school's "
                        + "roll on the date (matched by UPN) who missed 10 % or more of their possible sessions over "
                        + "their terms held for " + year + ", % of those with terms held");
            }
            default -> throw new NotFound("education and skills' attendance computes no measure " + key);
        });
    }

    private MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator, String definition) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, numerator, denominator,
                new Provenance(SOURCE, definition, clock.instant()));
    }
}
