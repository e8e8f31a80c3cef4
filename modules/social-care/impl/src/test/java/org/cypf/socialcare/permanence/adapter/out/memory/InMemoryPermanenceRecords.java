package org.cypf.socialcare.permanence.adapter.out.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Permanence records in memory, for fast tests (ADR 0097); test code only. It passes {@code PermanenceRecordsContract}
 * as the jOOQ adapter does: records stored whole in the caller's {@link InMemoryUnitOfWork} and kept when it commits.
 * A unit of work that stores a period's record holds that period's lock to its end, as the row (or, for a first
 * record, the primary key) holds a second writer until the first commits: so of two stores from one version one is
 * stale.
 */
public final class InMemoryPermanenceRecords implements PermanenceRecords {
    private final InMemoryRows<UUID, Permanence> rows = new InMemoryRows<>();

    @Override
    public Optional<Permanence> find(UUID periodId) {
        return rows.find(periodId);
    }

    @Override
    public Map<UUID, Permanence> findAll(Collection<UUID> periodIds) {
        return periodIds.stream().distinct().map(rows::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Permanence::periodId, Function.identity()));
    }

    @Override
    public void update(Permanence after, long expectedVersion) {
        rows.lock(after.periodId());
        // A record held must be at the version expected; none held, only a first record (from 0) is stored.
        if (!find(after.periodId()).map(held -> held.version() == expectedVersion).orElse(expectedVersion == 0)) {
            throw new StaleVersion("the permanence record", expectedVersion);
        }
        rows.put(after.periodId(), after);
    }
}
