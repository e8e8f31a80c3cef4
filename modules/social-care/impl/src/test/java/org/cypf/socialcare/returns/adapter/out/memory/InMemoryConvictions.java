package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.Convictions;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * CONVICTED of the SSDA903 OC2 file in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ConvictionsContract} as the jOOQ adapter does: one answer a child and collection year, saved in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits.
 */
public final class InMemoryConvictions implements Convictions {
    private record Key(ChildId child, int collectionYear) {}

    private record Row(ChildId child, int collectionYear, boolean convicted) {}

    private final InMemoryRows<Key, Row> rows = new InMemoryRows<>();

    @Override
    public void save(ChildId child, int collectionYear, boolean convicted) {
        rows.put(new Key(child, collectionYear), new Row(child, collectionYear, convicted));
    }

    @Override
    public Map<ChildId, Boolean> forYear(int collectionYear, Collection<ChildId> children) {
        Set<ChildId> asked = new HashSet<>(children);
        Map<ChildId, Boolean> found = new HashMap<>();
        rows.where(r -> r.collectionYear() == collectionYear && asked.contains(r.child()))
                .forEach(r -> found.put(r.child(), r.convicted()));
        return found;
    }
}
