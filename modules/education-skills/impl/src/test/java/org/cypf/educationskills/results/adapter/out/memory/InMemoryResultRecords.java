package org.cypf.educationskills.results.adapter.out.memory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Pupils' results in memory, for fast tests (ADR 0097); test code only. It passes {@code ResultRecordsContract} as
 * the jOOQ adapter does: one result per pupil a year for each assessment, a put replacing it, kept only when the
 * caller's {@link InMemoryUnitOfWork} commits. The settings it knows are those {@link #holdSetting} was told of, as
 * the database knows those the register holds.
 */
public final class InMemoryResultRecords implements ResultRecords {
    private record Key(UniquePupilNumber upn, AcademicYear year) {}

    /** One assessment's results, one a pupil a year. */
    private static final class Assessment<R> {
        private final InMemoryRows<Key, R> rows = new InMemoryRows<>();
        private final Function<R, Key> key;

        Assessment(Function<R, Key> key) {
            this.key = key;
        }

        List<R> of(Collection<UniquePupilNumber> upns) {
            Set<UniquePupilNumber> asked = new HashSet<>(upns);
            return rows.where(r -> asked.contains(key.apply(r).upn()));
        }

        void put(Collection<R> results) {
            results.forEach(r -> rows.put(key.apply(r), r));
        }
    }

    private final Assessment<EyfsProfile> eyfs = new Assessment<>(p -> new Key(p.upn(), p.year()));
    private final Assessment<Ks2Result> ks2 = new Assessment<>(r -> new Key(r.upn(), r.year()));
    private final Assessment<Ks4Result> ks4 = new Assessment<>(r -> new Key(r.upn(), r.year()));
    private final Set<Integer> settings = ConcurrentHashMap.newKeySet();

    /** Makes a setting of this URN known, as the setting register would hold it. */
    public void holdSetting(int urn) {
        settings.add(urn);
    }

    /** The profiles held for a school year, as this unit of work sees them (what the in-memory figures count). */
    public List<EyfsProfile> eyfsIn(AcademicYear year) {
        return eyfs.rows.where(p -> p.year().equals(year));
    }

    public List<Ks2Result> ks2In(AcademicYear year) {
        return ks2.rows.where(r -> r.year().equals(year));
    }

    public List<Ks4Result> ks4In(AcademicYear year) {
        return ks4.rows.where(r -> r.year().equals(year));
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        return urns.stream().filter(urn -> !settings.contains(urn)).collect(Collectors.toSet());
    }

    @Override
    public List<EyfsProfile> eyfsOf(Collection<UniquePupilNumber> upns) {
        return eyfs.of(upns);
    }

    @Override
    public List<Ks2Result> ks2Of(Collection<UniquePupilNumber> upns) {
        return ks2.of(upns);
    }

    @Override
    public List<Ks4Result> ks4Of(Collection<UniquePupilNumber> upns) {
        return ks4.of(upns);
    }

    @Override
    public void putEyfs(Collection<EyfsProfile> profiles) {
        eyfs.put(profiles);
    }

    @Override
    public void putKs2(Collection<Ks2Result> results) {
        ks2.put(results);
    }

    @Override
    public void putKs4(Collection<Ks4Result> results) {
        ks4.put(results);
    }
}
