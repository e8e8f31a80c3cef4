package org.cypf.educationskills.api.attendance;

import org.cypf.governance.api.access.Caller;

/**
 * Pupils' attendance per term: sessions (half days) possible and missed, as the school census reports them, with
 * the DfE's persistent (10 % or more of sessions missed) and severe (50 % or more) absence.
 */
public interface Attendance {
    /** The most terms a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Imports attendance (CSV: UPN, URN, AcademicYear, Term, SessionsPossible, SessionsMissed). All rows or none:
     * a file with any row error is refused naming each row, column and rule. A pupil's term imported again is
     * replaced by the new figures; the same file twice changes nothing.
     */
    AttendanceImported importAttendance(Caller caller, String csv);

    /** One page of a pupil's terms, latest first. */
    PupilAttendancePage pupilAttendance(Caller caller, String upn, int page, int size);
}
