package org.cypf.educationskills.exclusions.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Pupils' suspensions and exclusions in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ExclusionRecordsContract} as the jOOQ adapter does: rows kept by id, added and replaced in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. The same exclusion (pupil, school, category, start date) being
 * added is locked until the unit of work ends, as the database's unique index holds a second insert until the first
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

    private final Map<UUID, Exclusion> stored = new ConcurrentHashMap<>();
    private final Map<Same, ReentrantLock> claims = new ConcurrentHashMap<>();
    private final Set<Integer> settings = ConcurrentHashMap.newKeySet();

    /** Makes a setting of this URN known, as the setting register would hold it. */
    public void holdSetting(int urn) {
        settings.add(urn);
    }

    private Collection<Exclusion> visible() {
        Map<UUID, Exclusion> visible = new LinkedHashMap<>(stored);
        InMemoryUnitOfWork.open().flatMap(tx -> tx.<Map<UUID, Exclusion>>peek(this)).ifPresent(visible::putAll);
        return visible.values();
    }

    private Map<UUID, Exclusion> staged(InMemoryUnitOfWork.Transaction tx) {
        return tx.staged(this, () -> {
            Map<UUID, Exclusion> writes = new LinkedHashMap<>();
            tx.onCommit(() -> stored.putAll(writes));
            return writes;
        });
    }

    @Override
    public List<Exclusion> ofPupils(Collection<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return visible().stream().filter(e -> asked.contains(e.upn())).toList();
    }

    @Override
    public void add(Exclusion exclusion) {
        var tx = InMemoryUnitOfWork.current();
        ReentrantLock claim = claims.computeIfAbsent(Same.as(exclusion), s -> new ReentrantLock());
        if (!claim.isHeldByCurrentThread()) {
            claim.lock();
            tx.onEnd(claim::unlock);
        }
        if (visible().stream().anyMatch(e -> e.sameExclusion(exclusion)
                || e.exclusionId().equals(exclusion.exclusionId()))) {
            // As the unique index refuses it; the caller's unit of work rolls back.
            throw new IllegalStateException("the same exclusion is held already");
        }
        staged(tx).put(exclusion.exclusionId(), exclusion);
    }

    @Override
    public void replace(Exclusion exclusion) {
        var tx = InMemoryUnitOfWork.current();
        visible().stream().filter(e -> e.exclusionId().equals(exclusion.exclusionId())).findFirst()
                .ifPresent(held -> staged(tx).put(held.exclusionId(), new Exclusion(held.exclusionId(), held.upn(),
                        held.urn(), held.category(), exclusion.reason(), held.startDate(), exclusion.sessions())));
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        return urns.stream().filter(urn -> !settings.contains(urn)).collect(Collectors.toSet());
    }

    @Override
    public List<Exclusion> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return visible().stream().filter(e -> e.upn().equals(upn)).sorted(LATEST_FIRST).skip(offset).limit(limit)
                .toList();
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return visible().stream().filter(e -> e.upn().equals(upn)).count();
    }
}
