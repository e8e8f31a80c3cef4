package org.cypf.familysupport.family.adapter.out.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family groupings in memory, for fast tests (ADR 0097); test code only. It passes {@code FamilyGroupingsContract}
 * as the jOOQ adapter does: children are added in the caller's {@link InMemoryUnitOfWork} and kept when it commits;
 * a child being added is locked until the unit of work ends, as the database's unique index holds a second claim
 * until the first commits, so of two claims at once exactly one gets the child.
 */
public final class InMemoryFamilyGroupings implements FamilyGroupings {
    /** Each family's children, in the order added. */
    private final InMemoryRows<FamilyId, List<Family.Member>> families = new InMemoryRows<>();
    /** The family each child is in: the unique index on the child. */
    private final InMemoryRows<ChildId, FamilyId> byChild = new InMemoryRows<>();

    private List<Family.Member> membersOf(FamilyId id) {
        return families.find(id).orElse(List.of());
    }

    @Override
    public Optional<Family> find(FamilyId id, boolean forUpdate) {
        if (forUpdate) {
            families.lock(id);
        }
        List<Family.Member> members = membersOf(id);
        return members.isEmpty() ? Optional.empty() : Optional.of(Family.stored(id, members));
    }

    @Override
    public Map<ChildId, FamilyId> familiesOf(Collection<ChildId> children) {
        Map<ChildId, FamilyId> found = new HashMap<>();
        for (ChildId child : children) {
            byChild.find(child).ifPresent(family -> found.put(child, family));
        }
        return found;
    }

    @Override
    public boolean store(Family family) {
        List<Family.Member> members = family.children();
        List<Family.Member> held = new ArrayList<>(membersOf(family.id()));
        for (int position = held.size(); position < members.size(); position++) {
            Family.Member m = members.get(position);
            byChild.lock(m.child());
            if (byChild.find(m.child()).isPresent()) {
                return false; // in another family already; the caller rolls back what this call staged
            }
            held.add(m);
            families.put(family.id(), List.copyOf(held));
            byChild.put(m.child(), family.id());
        }
        return true;
    }

    @Override
    public void replace(Family family) {
        for (Family.Member m : membersOf(family.id())) {
            if (!family.has(m.child())) {
                byChild.remove(m.child());
            }
        }
        families.put(family.id(), List.copyOf(family.children()));
    }
}
