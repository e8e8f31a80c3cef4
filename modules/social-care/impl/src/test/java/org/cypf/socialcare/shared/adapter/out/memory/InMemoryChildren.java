package org.cypf.socialcare.shared.adapter.out.memory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The children known to social care in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ChildrenContract} as the jOOQ adapter does: children added in the caller's {@link InMemoryUnitOfWork} and
 * kept when it commits. A unit of work that adds a child holds its local child id's lock to its end, as the unique
 * index holds a second writer until the first commits: so of two children added at once under one local child id one
 * is refused.
 */
public final class InMemoryChildren implements Children {
    private final InMemoryRows<ChildId, Child> rows = new InMemoryRows<>();

    /** The lock of a local child id, named apart from any child id. */
    private record LocalChildId(String value) {}

    @Override
    public Optional<Child> findByLocalChildId(String localChildId) {
        return rows.where(c -> c.localChildId().equals(localChildId)).stream().findFirst();
    }

    @Override
    public Map<ChildId, Child> findAll(Collection<ChildId> ids) {
        Set<ChildId> asked = new HashSet<>(ids);
        return rows.where(c -> asked.contains(c.id())).stream().collect(Collectors.toMap(Child::id, Function.identity()));
    }

    @Override
    public void add(Child child) {
        rows.lock(new LocalChildId(child.localChildId()));
        if (findByLocalChildId(child.localChildId()).isPresent()) {
            // As child_la_child_id_key refuses it.
            throw new Conflict("a child with this local child id was recorded at the same moment; try again");
        }
        rows.put(child.id(), child);
    }
}
