package org.cypf.familysupport.family.adapter.out.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family groupings in memory, for fast tests (ADR 0097); test code only. It passes {@code FamilyGroupingsContract}
 * as the jOOQ adapter does: children are added in the caller's {@link InMemoryUnitOfWork} and kept when it commits;
 * a child being added is locked until the unit of work ends, as the database's unique index holds a second claim
 * until the first commits, so of two claims at once exactly one gets the child.
 */
public final class InMemoryFamilyGroupings implements FamilyGroupings {
    private final Map<FamilyId, List<Family.Member>> stored = new ConcurrentHashMap<>();
    private final Map<ChildId, FamilyId> byChild = new ConcurrentHashMap<>();
    private final Map<ChildId, ReentrantLock> claims = new ConcurrentHashMap<>();

    /** One unit of work's additions, applied when it commits. */
    private static final class Staged {
        final Map<FamilyId, List<Family.Member>> families = new LinkedHashMap<>();
        final Map<ChildId, FamilyId> children = new HashMap<>();
    }

    private Optional<Staged> own() {
        return InMemoryUnitOfWork.open().flatMap(tx -> tx.<Staged>peek(this));
    }

    private List<Family.Member> membersOf(FamilyId id) {
        List<Family.Member> members = new ArrayList<>(stored.getOrDefault(id, List.of()));
        own().map(s -> s.families.get(id)).ifPresent(members::addAll);
        return members;
    }

    private FamilyId familyOf(ChildId child) {
        FamilyId committed = byChild.get(child);
        return committed != null ? committed : own().map(s -> s.children.get(child)).orElse(null);
    }

    @Override
    public Optional<Family> find(FamilyId id, boolean forUpdate) {
        List<Family.Member> members = membersOf(id);
        return members.isEmpty() ? Optional.empty() : Optional.of(Family.stored(id, members));
    }

    @Override
    public Map<ChildId, FamilyId> familiesOf(Collection<ChildId> children) {
        Map<ChildId, FamilyId> found = new HashMap<>();
        for (ChildId child : children) {
            FamilyId family = familyOf(child);
            if (family != null) {
                found.put(child, family);
            }
        }
        return found;
    }

    @Override
    public boolean store(Family family) {
        var tx = InMemoryUnitOfWork.current();
        Staged staged = tx.staged(this, () -> {
            Staged s = new Staged();
            tx.onCommit(() -> {
                s.families.forEach((id, added) -> stored.merge(id, List.copyOf(added), (was, more) -> {
                    List<Family.Member> all = new ArrayList<>(was);
                    all.addAll(more);
                    return List.copyOf(all);
                }));
                byChild.putAll(s.children);
            });
            return s;
        });
        List<Family.Member> members = family.children();
        for (int position = membersOf(family.id()).size(); position < members.size(); position++) {
            Family.Member m = members.get(position);
            ReentrantLock claim = claims.computeIfAbsent(m.child(), c -> new ReentrantLock());
            if (!claim.isHeldByCurrentThread()) {
                claim.lock();
                tx.onEnd(claim::unlock);
            }
            if (familyOf(m.child()) != null) {
                return false; // in another family already; the caller rolls back what this call staged
            }
            staged.families.computeIfAbsent(family.id(), id -> new ArrayList<>()).add(m);
            staged.children.put(m.child(), family.id());
        }
        return true;
    }
}
