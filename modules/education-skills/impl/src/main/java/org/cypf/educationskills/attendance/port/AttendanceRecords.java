package org.cypf.educationskills.attendance.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where pupils' terms are kept. Every method runs inside the caller's unit of work. */
public interface AttendanceRecords {

    /** The terms held for these pupils. */
    List<TermAttendance> ofPupils(Collection<UniquePupilNumber> upns);

    /** Stores each term, replacing what is held for the same pupil's same term. */
    void put(Collection<TermAttendance> terms);

    /** Which of these URNs name no setting held (attendance must be at a known school). */
    Set<Integer> unknownSettings(Collection<Integer> urns);

    /** One pupil's terms, latest first, {@code offset} skipped, at most {@code limit}. */
    List<TermAttendance> ofPupil(UniquePupilNumber upn, long offset, int limit);

    long countOfPupil(UniquePupilNumber upn);
}
