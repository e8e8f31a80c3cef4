package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Unaccompanied asylum-seeking children's records in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code UascRecordsContract} as the jOOQ adapter does: records saved in the caller's {@link InMemoryUnitOfWork} and
 * kept when it commits. A unit of work that saves a child's record holds that child's lock to its end, as the row
 * (or, for a first record, the primary key) holds a second writer until the first commits: so of two saves from one
 * version one is stale.
 */
public final class InMemoryUascRecords implements UascRecords {
    private final InMemoryRows<ChildId, UnaccompaniedAsylumSeeker> rows = new InMemoryRows<>();

    @Override
    public Optional<UnaccompaniedAsylumSeeker> find(ChildId child) {
        return rows.find(child);
    }

    @Override
    public Map<ChildId, UnaccompaniedAsylumSeeker> findAll(Collection<ChildId> children) {
        return children.stream().distinct().map(rows::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(UnaccompaniedAsylumSeeker::childId, Function.identity()));
    }

    @Override
    public void save(UnaccompaniedAsylumSeeker after, long expectedVersion) {
        rows.lock(after.childId());
        // A record held must be at the version expected; none held, only a first record (from 0) is stored.
        if (!find(after.childId()).map(held -> held.version() == expectedVersion).orElse(expectedVersion == 0)) {
            throw new StaleVersion("the child's UASC record", expectedVersion);
        }
        rows.put(after.childId(), after);
    }
}
