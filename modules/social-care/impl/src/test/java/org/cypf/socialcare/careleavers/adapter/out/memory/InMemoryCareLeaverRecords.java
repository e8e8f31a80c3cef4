package org.cypf.socialcare.careleavers.adapter.out.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Care leavers' records in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code CareLeaverRecordsContract} as the jOOQ adapter does: records stored whole in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that stores a child's record holds that child's
 * lock to its end, as the row (or, for a first record, the primary key) holds a second writer until the first
 * commits: so of two stores from one version one is stale.
 */
public final class InMemoryCareLeaverRecords implements CareLeaverRecords {
    private final InMemoryRows<ChildId, CareLeaver> rows = new InMemoryRows<>();

    @Override
    public Optional<CareLeaver> find(ChildId child) {
        return rows.find(child);
    }

    @Override
    public Map<ChildId, CareLeaver> findAll(Collection<ChildId> children) {
        return children.stream().distinct().map(rows::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(CareLeaver::childId, Function.identity()));
    }

    @Override
    public List<CareLeaver> withBirthdayRecords() {
        // By child, as the jOOQ adapter reads them (a uuid's text orders as its bytes).
        return rows.where(c -> !c.birthdays().isEmpty()).stream()
                .sorted(Comparator.comparing(c -> c.childId().value().toString())).toList();
    }

    @Override
    public void update(CareLeaver after, long expectedVersion) {
        rows.lock(after.childId());
        // A record held must be at the version expected; none held, only a first record (from 0) is stored.
        if (!find(after.childId()).map(held -> held.version() == expectedVersion).orElse(expectedVersion == 0)) {
            throw new StaleVersion("the care leaver record", expectedVersion);
        }
        rows.put(after.childId(), after);
    }
}
