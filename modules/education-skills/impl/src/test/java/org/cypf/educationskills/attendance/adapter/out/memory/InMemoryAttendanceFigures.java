package org.cypf.educationskills.attendance.adapter.out.memory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceFigures;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.UniquePupilNumber;

/**
 * The attendance figures counted over the terms an {@link InMemoryAttendanceRecords} holds, for fast tests
 * (ADR 0097); test code only. It passes {@code AttendanceFiguresContract} as the jOOQ figures do: each pupil's terms
 * of the year added together before the lines of {@link TermAttendance} are drawn, in whole numbers as there, and
 * children in care those the roll's own {@link VirtualSchoolRoll#inCareOn} finds on the date.
 */
public final class InMemoryAttendanceFigures implements AttendanceFigures {
    private final InMemoryAttendanceRecords attendance;
    private final VirtualSchoolRoll roll;

    public InMemoryAttendanceFigures(InMemoryAttendanceRecords attendance, VirtualSchoolRoll roll) {
        this.attendance = attendance;
        this.roll = roll;
    }

    @Override
    public Figures of(AcademicYear year, LocalDate childrenInCareOn) {
        Map<UniquePupilNumber, long[]> perPupil = new HashMap<>();
        for (TermAttendance t : attendance.inYear(year)) {
            if (childrenInCareOn == null || roll.inCareOn(t.upn(), childrenInCareOn).isPresent()) {
                long[] sessions = perPupil.computeIfAbsent(t.upn(), upn -> new long[2]);
                sessions[0] += t.sessionsPossible();
                sessions[1] += t.sessionsMissed();
            }
        }
        long persistent = 0;
        long severe = 0;
        long possible = 0;
        long missed = 0;
        for (long[] s : perPupil.values()) {
            persistent += atOrOver(s, TermAttendance.PERSISTENT_PERCENT) ? 1 : 0;
            severe += atOrOver(s, TermAttendance.SEVERE_PERCENT) ? 1 : 0;
            possible += s[0];
            missed += s[1];
        }
        return new Figures(perPupil.size(), persistent, severe, possible, missed);
    }

    /** Missed at or over {@code percent} of possible, compared in whole numbers. */
    private static boolean atOrOver(long[] sessions, int percent) {
        return 100 * sessions[1] >= percent * sessions[0];
    }
}
