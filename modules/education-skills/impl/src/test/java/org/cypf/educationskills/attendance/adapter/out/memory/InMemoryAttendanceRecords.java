package org.cypf.educationskills.attendance.adapter.out.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Pupils' termly attendance in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code AttendanceRecordsContract} as the jOOQ adapter does: one figure per pupil a term, a put replacing it, kept
 * only when the caller's {@link InMemoryUnitOfWork} commits. The settings it knows are those {@link #holdSetting}
 * was told of, as the database knows those the register holds.
 */
public final class InMemoryAttendanceRecords implements AttendanceRecords {
    private record Key(UniquePupilNumber upn, AcademicYear year, Term term) {
        static Key of(TermAttendance t) {
            return new Key(t.upn(), t.year(), t.term());
        }
    }

    /** Latest first: the latest year, and summer, spring, autumn within it (the jOOQ adapter's order). */
    private static final Comparator<TermAttendance> LATEST_FIRST = Comparator.comparing(TermAttendance::year)
            .thenComparing(TermAttendance::term).reversed();

    private final InMemoryRows<Key, TermAttendance> rows = new InMemoryRows<>();
    private final Set<Integer> settings = ConcurrentHashMap.newKeySet();

    /** Makes a setting of this URN known, as the setting register would hold it. */
    public void holdSetting(int urn) {
        settings.add(urn);
    }

    /** The terms held for a school year, as this unit of work sees them (what the in-memory figures count). */
    public List<TermAttendance> inYear(AcademicYear year) {
        return rows.where(t -> t.year().equals(year));
    }

    @Override
    public List<TermAttendance> ofPupils(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return rows.where(t -> asked.contains(t.upn()));
    }

    @Override
    public void put(Collection<TermAttendance> terms) {
        terms.forEach(t -> rows.put(Key.of(t), t));
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        return urns.stream().filter(urn -> !settings.contains(urn)).collect(Collectors.toSet());
    }

    @Override
    public List<TermAttendance> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return rows.where(t -> t.upn().equals(upn)).stream().sorted(LATEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return rows.where(t -> t.upn().equals(upn)).size();
    }
}
