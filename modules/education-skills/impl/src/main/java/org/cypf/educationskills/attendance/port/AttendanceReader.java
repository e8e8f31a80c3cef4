package org.cypf.educationskills.attendance.port;

import java.util.List;
import org.cypf.educationskills.attendance.domain.TermAttendance;

/** Reads an attendance file; its layout is the adapter's business. */
public interface AttendanceReader {

    /** A term as read, and the line of the file it was read from (the header is line 1), for naming errors. */
    record Row(int line, TermAttendance term) {}

    /**
     * @throws org.cypf.kernel.problem.InvalidInput naming every row error ({@code rows[<line>].<Column>}), when
     *         any row is wrong or a pupil's term appears twice; nothing is returned from a refused file
     */
    List<Row> read(String text);
}
