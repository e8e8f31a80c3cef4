package org.cypf.educationskills.exclusions.adapter.out.memory;

import java.time.LocalDate;
import org.cypf.educationskills.attendance.adapter.out.memory.InMemoryAttendanceRecords;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionFigures;
import org.cypf.educationskills.virtualschool.adapter.out.memory.InMemoryVirtualSchoolRoll;

/**
 * The exclusion figures counted over what the in-memory stores hold, for fast tests (ADR 0097); test code only. It
 * passes {@code ExclusionFiguresContract} as the jOOQ figures do: the schools' exclusions an
 * {@link InMemoryExclusionRecords} holds, children in care's copies an {@link InMemoryVirtualSchoolRoll} holds, and
 * the pupils with terms an {@link InMemoryAttendanceRecords} holds as the school population.
 */
public final class InMemoryExclusionFigures implements ExclusionFigures {
    private final InMemoryExclusionRecords exclusions;
    private final InMemoryVirtualSchoolRoll roll;
    private final InMemoryAttendanceRecords attendance;

    public InMemoryExclusionFigures(InMemoryExclusionRecords exclusions, InMemoryVirtualSchoolRoll roll,
                                    InMemoryAttendanceRecords attendance) {
        this.exclusions = exclusions;
        this.roll = roll;
        this.attendance = attendance;
    }

    @Override
    public long count(ExclusionCategory category, LocalDate from, LocalDate to) {
        return exclusions.startingBetween(from, to).stream().filter(e -> e.category() == category).count();
    }

    @Override
    public long countOfChildrenInCare(ExclusionCategory category, LocalDate from, LocalDate to) {
        return roll.exclusionsStartingBetween(from, to).stream().filter(e -> e.category().equals(category.name()))
                .count();
    }

    @Override
    public long pupilsOnRoll(int startYear) {
        return attendance.inYear(new AcademicYear(startYear)).stream().map(TermAttendance::upn).distinct().count();
    }
}
