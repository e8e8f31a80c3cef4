package org.cypf.familysupport.family.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.junit.jupiter.api.Test;

/**
 * What every store of family groupings must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it
 * on PostgreSQL and {@code InMemoryFamilyGroupings} passes it for fast tests.
 *
 * <p>The promises: a family stored is found with its children in the order added, each with the day added; nothing
 * is found for an id never stored; storing a family again stores only the children not stored yet, so a repeat
 * changes nothing; each child is in one family at most, found by child; storing a family with a child already in
 * another answers false, and the caller's unit of work, rolled back, leaves nothing of it; of two families claiming
 * one child at once exactly one gets the child; what a unit of work stored is gone when it rolls back.
 */
public abstract class FamilyGroupingsContract {

    protected abstract FamilyGroupings families();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private static final LocalDate FORMED = LocalDate.of(2025, 2, 3);

    private static Family family(FamilyId id, ChildId... children) {
        List<Family.Member> members = new ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            members.add(new Family.Member(children[i], FORMED.plusDays(i)));
        }
        return Family.stored(id, members);
    }

    private boolean store(Family family) {
        return inUnitOfWork(() -> families().store(family));
    }

    private Optional<List<Family.Member>> find(FamilyId id) {
        return inUnitOfWork(() -> families().find(id, false).map(Family::children));
    }

    /** What the family support service does when the store answers false: the unit of work rolls back. */
    private static final class ChildTaken extends RuntimeException {}

    @Test
    public void a_family_stored_is_found_with_its_children_in_the_order_added() {
        var f = family(FamilyId.newId(), ChildId.newId(), ChildId.newId(), ChildId.newId());
        assertTrue(store(f));
        assertEquals(Optional.of(f.children()), find(f.id()));
    }

    @Test
    public void nothing_is_found_for_an_id_never_stored() {
        assertEquals(Optional.empty(), find(FamilyId.newId()));
    }

    @Test
    public void storing_a_family_again_stores_only_the_children_not_stored_yet() {
        ChildId first = ChildId.newId();
        ChildId second = ChildId.newId();
        FamilyId id = FamilyId.newId();
        assertTrue(store(family(id, first)));
        var grown = family(id, first, second);
        assertTrue(store(grown));
        assertTrue(store(grown), "a repeat changes nothing");
        assertEquals(Optional.of(grown.children()), find(id));
    }

    @Test
    public void each_child_is_found_in_its_one_family() {
        ChildId a = ChildId.newId();
        ChildId b = ChildId.newId();
        ChildId alone = ChildId.newId();
        var f = family(FamilyId.newId(), a, b);
        store(f);
        assertEquals(Map.of(a, f.id(), b, f.id()),
                inUnitOfWork(() -> families().familiesOf(List.of(a, b, alone))));
    }

    @Test
    public void a_family_with_a_child_already_in_another_is_refused_and_its_rolled_back_unit_leaves_nothing() {
        ChildId shared = ChildId.newId();
        var first = family(FamilyId.newId(), shared);
        store(first);
        var second = family(FamilyId.newId(), ChildId.newId(), shared);

        assertThrows(ChildTaken.class, () -> inUnitOfWork(() -> {
            assertFalse(families().store(second));
            throw new ChildTaken();
        }));

        assertEquals(Optional.empty(), find(second.id()));
        assertEquals(Map.of(shared, first.id()), inUnitOfWork(() -> families().familiesOf(List.of(shared))));
    }

    @Test
    public void of_two_families_claiming_one_child_at_once_exactly_one_gets_the_child() throws Exception {
        ChildId claimed = ChildId.newId();
        List<Family> claims = List.of(family(FamilyId.newId(), claimed), family(FamilyId.newId(), claimed),
                family(FamilyId.newId(), claimed), family(FamilyId.newId(), claimed));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claims.size());
        int stored = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Family claim : claims) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return inUnitOfWork(() -> {
                            if (!families().store(claim)) {
                                throw new ChildTaken();
                            }
                            return true;
                        });
                    } catch (ChildTaken taken) {
                        return false;
                    }
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                stored += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, stored);
        FamilyId winner = inUnitOfWork(() -> families().familiesOf(List.of(claimed))).get(claimed);
        assertTrue(claims.stream().anyMatch(c -> c.id().equals(winner)));
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        var f = family(FamilyId.newId(), ChildId.newId());
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            families().store(f);
            assertEquals(Optional.of(f.children()), families().find(f.id(), false).map(Family::children),
                    "read its own write");
            throw new IllegalStateException("the use case failed after storing the family");
        }));
        assertEquals(Optional.empty(), find(f.id()));
    }
}
