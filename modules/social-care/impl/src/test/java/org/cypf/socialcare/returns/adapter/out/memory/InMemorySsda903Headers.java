package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Children with their SSDA903 header fields in memory, for fast tests (ADR 0072, ADR 0097); test code only. It passes
 * {@code Ssda903HeadersContract} as the jOOQ adapter does: the child and the header fields one row, written in the
 * caller's {@link InMemoryUnitOfWork} and kept when it commits. Adding a child holds the lock of its CHILD to the end
 * of the unit of work, as the unique index on {@code la_child_id} holds a second inserter, so of two imports adding
 * one CHILD at once the second is refused.
 */
public final class InMemorySsda903Headers implements Ssda903Headers {
    private record Held(Child child, ChildHeaderDetails details) {}

    private final InMemoryRows<ChildId, Held> rows = new InMemoryRows<>();

    @Override
    public Map<ChildId, ChildHeaderDetails> findAll(Collection<ChildId> children) {
        Map<ChildId, ChildHeaderDetails> found = new HashMap<>();
        children.forEach(id -> rows.find(id).filter(h -> !h.details().equals(ChildHeaderDetails.NONE))
                .ifPresent(h -> found.put(id, h.details())));
        return found;
    }

    @Override
    public Map<ChildId, Map.Entry<Child, ChildHeaderDetails>> withDetails(Collection<ChildId> children) {
        Map<ChildId, Map.Entry<Child, ChildHeaderDetails>> found = new HashMap<>();
        children.forEach(id -> rows.find(id).ifPresent(h -> found.put(id, Map.entry(h.child(), h.details()))));
        return found;
    }

    @Override
    public void save(ChildId child, ChildHeaderDetails details) {
        rows.find(child).ifPresent(h -> rows.put(child, new Held(h.child(), details)));
    }

    @Override
    public void addChildren(List<Map.Entry<Child, ChildHeaderDetails>> children) {
        for (Map.Entry<Child, ChildHeaderDetails> e : children) {
            Child c = e.getKey();
            rows.lock(List.of("CHILD", c.localChildId()));
            if (!rows.where(h -> h.child().localChildId().equals(c.localChildId())).isEmpty()
                    || rows.find(c.id()).isPresent()) {
                throw new Conflict("a child with one of these local child ids was recorded at the same moment; try again");
            }
            rows.put(c.id(), new Held(c, e.getValue()));
        }
    }

    @Override
    public Map<String, ChildId> childIdsOf(Collection<String> localChildIds) {
        Map<String, ChildId> found = new HashMap<>();
        rows.where(h -> localChildIds.contains(h.child().localChildId()))
                .forEach(h -> found.put(h.child().localChildId(), h.child().id()));
        return found;
    }

    @Override
    public void saveUpn(ChildId child, String upn) {
        rows.find(child).filter(h -> h.child().upn() == null).ifPresent(h -> {
            Child c = h.child();
            rows.put(child, new Held(new Child(c.id(), c.localChildId(), UniquePupilNumber.parse(upn), c.nhsNumber(),
                    c.dateOfBirth(), c.sex()), h.details()));
        });
    }
}
