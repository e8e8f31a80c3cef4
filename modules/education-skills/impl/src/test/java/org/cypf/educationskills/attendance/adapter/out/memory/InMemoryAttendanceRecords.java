package org.cypf.educationskills.attendance.adapter.out.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
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

    private final Map<Key, TermAttendance> stored = new ConcurrentHashMap<>();
    private final Set<Integer> settings = ConcurrentHashMap.newKeySet();

    /** Makes a setting of this URN known, as the setting register would hold it. */
    public void holdSetting(int urn) {
        settings.add(urn);
    }

    private Collection<TermAttendance> visible() {
        Map<Key, TermAttendance> visible = new LinkedHashMap<>(stored);
        InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<Key, TermAttendance>>peek(this)).ifPresent(visible::putAll);
        return visible.values();
    }

    @Override
    public List<TermAttendance> ofPupils(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return visible().stream().filter(t -> asked.contains(t.upn())).toList();
    }

    @Override
    public void put(Collection<TermAttendance> terms) {
        var tx = InMemoryUnitOfWork.current();
        Map<Key, TermAttendance> staged = tx.staged(this, () -> {
            Map<Key, TermAttendance> puts = new LinkedHashMap<>();
            tx.onCommit(() -> stored.putAll(puts));
            return puts;
        });
        terms.forEach(t -> staged.put(Key.of(t), t));
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        return urns.stream().filter(urn -> !settings.contains(urn)).collect(Collectors.toSet());
    }

    @Override
    public List<TermAttendance> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return visible().stream().filter(t -> t.upn().equals(upn)).sorted(LATEST_FIRST).skip(offset).limit(limit)
                .toList();
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return visible().stream().filter(t -> t.upn().equals(upn)).count();
    }
}
