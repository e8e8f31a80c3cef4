package org.cypf.educationskills.attendance.port;

import org.cypf.educationskills.attendance.domain.AcademicYear;

/** Aggregates of the terms held, for measures: counts only, no pupil's record. Runs in the caller's unit of work. */
public interface AttendanceFigures {

    /**
     * Over each pupil's terms held in {@code year}: how many pupils, how many missed 10 % or more of their possible
     * sessions, 50 % or more, and the sessions possible and missed in all.
     *
     * @param childrenInCareOn when not null, only pupils on the virtual school's roll (by UPN) on this date
     */
    Figures of(AcademicYear year, java.time.LocalDate childrenInCareOn);

    record Figures(long pupils, long persistentAbsentees, long severeAbsentees, long sessionsPossible,
                   long sessionsMissed) {}
}
