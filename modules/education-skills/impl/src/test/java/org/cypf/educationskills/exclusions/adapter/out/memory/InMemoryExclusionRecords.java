package org.cypf.educationskills.exclusions.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Pupils' suspensions and exclusions in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ExclusionRecordsContract} as the jOOQ adapter does: rows kept by id, added and replaced in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. Adding locks the same exclusion (pupil, school, category, start
 * date) and the id to the unit of work's end, as the database's unique index holds a second insert until the first
 * commits, so of two at once exactly one is kept and the other refused. The settings it knows are those
 * {@link #holdSetting} was told of, as the database knows those the register holds.
 */
public final class InMemoryExclusionRecords implements ExclusionRecords {
    private record Same(UniquePupilNumber upn, int urn, ExclusionCategory category, LocalDate startDate) {
        static Same as(Exclusion e) {
            return new Same(e.upn(), e.urn(), e.category(), e.startDate());
        }
    }

    /** Latest first, then by school and category, as the jOOQ adapter orders them. */
    private static final Comparator<Exclusion> LATEST_FIRST = Comparator.comparing(Exclusion::startDate).reversed()
            .thenComparingInt(Exclusion::urn).thenComparing(e -> e.category().name());

    private final InMemoryRows<UUID, Exclusion> rows = new InMemoryRows<>();
    private final Set<Integer> settings = ConcurrentHashMap.newKeySet();

    /** Makes a setting of this URN known, as the setting register would hold it. */
    public void holdSetting(int urn) {
        settings.add(urn);
    }

    /** The exclusions starting from {@code from} to {@code to}, both included, as this unit of work sees them. */
    public List<Exclusion> startingBetween(LocalDate from, LocalDate to) {
        return rows.where(e -> !e.startDate().isBefore(from) && !e.startDate().isAfter(to));
    }

    @Override
    public List<Exclusion> ofPupils(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return rows.where(e -> asked.contains(e.upn()));
    }

    @Override
    public void add(Exclusion exclusion) {
        rows.lock(Same.as(exclusion));
        rows.lock(exclusion.exclusionId());
        if (rows.find(exclusion.exclusionId()).isPresent() || !rows.where(exclusion::sameExclusion).isEmpty()) {
            // As the primary key or the unique (upn, urn, category, start_date) refuses it.
            throw new Conflict("the same exclusion is held already");
        }
        rows.put(exclusion.exclusionId(), exclusion);
    }

    @Override
    public void replace(Exclusion exclusion) {
        rows.find(exclusion.exclusionId()).ifPresent(held -> rows.put(held.exclusionId(), new Exclusion(
                held.exclusionId(), held.upn(), held.urn(), held.category(), exclusion.reason(), held.startDate(),
                exclusion.sessions())));
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        return urns.stream().filter(urn -> !settings.contains(urn)).collect(Collectors.toSet());
    }

    @Override
    public List<Exclusion> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return rows.where(e -> e.upn().equals(upn)).stream().sorted(LATEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return rows.where(e -> e.upn().equals(upn)).size();
    }
}
