package org.cypf.socialcare.shared.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.shared.domain.Child;
import org.junit.jupiter.api.Test;

/**
 * What every store of the children known to social care must do (ADR 0097, the record stores' suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL; an integrator's store of the same children runs it too. Children are recorded, not
 * changed here: the store has no versions to check.
 *
 * <p>The promises: a child added is read back whole by its local child id and, with others, by id, and what names none
 * finds nothing; a second child with a local child id already held is refused with {@link Conflict}, leaving the first;
 * what a unit of work added is gone when it rolls back; two children with one local child id added at once store one
 * and refuse the other. Each test works on local child ids of its own.
 */
public abstract class ChildrenContract {

    protected abstract Children children();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static Child child(String localChildId) {
        return new Child(ChildId.newId(), localChildId + "-" + ChildId.newId().value().toString().substring(0, 8),
                null, null, LocalDate.of(2015, 6, 1), "2");
    }

    private Child added(Child child) {
        inUnitOfWork(() -> children().add(child));
        return child;
    }

    private Optional<Child> byLocalId(String localChildId) {
        return inUnitOfWork(() -> children().findByLocalChildId(localChildId));
    }

    @Test
    public void a_child_added_is_read_back_whole_by_local_id_and_by_id_and_what_names_none_finds_nothing() {
        Child withNhsNumber = added(new Child(ChildId.newId(), "W-" + ChildId.newId().value(), null,
                NhsNumber.parse("9434765919"), LocalDate.of(2014, 2, 3), "1"));
        Child other = added(child("W"));
        assertEquals(Optional.of(withNhsNumber), byLocalId(withNhsNumber.localChildId()));
        assertEquals(Map.of(withNhsNumber.id(), withNhsNumber, other.id(), other), inUnitOfWork(
                () -> children().findAll(List.of(withNhsNumber.id(), other.id(), ChildId.newId()))));
        assertEquals(Optional.empty(), byLocalId("no such child"));
        assertEquals(Map.of(), inUnitOfWork(() -> children().findAll(List.of())));
    }

    @Test
    public void a_second_child_with_a_local_child_id_already_held_is_refused() {
        Child first = added(child("D"));
        Child second = new Child(ChildId.newId(), first.localChildId(), null, null, LocalDate.of(2016, 1, 1), "1");
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> children().add(second)));
        assertEquals(Optional.of(first), byLocalId(first.localChildId()));
        assertEquals(Map.of(), inUnitOfWork(() -> children().findAll(List.of(second.id()))));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Child child = child("R");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            children().add(child);
            throw new IllegalStateException("the use case failed after adding the child");
        }));
        assertEquals(Optional.empty(), byLocalId(child.localChildId()));
        added(child); // nothing left to refuse it
    }

    @Test
    public void two_children_with_one_local_child_id_added_at_once_store_one_and_refuse_the_other() throws Exception {
        Child one = child("C");
        Child two = new Child(ChildId.newId(), one.localChildId(), null, null, LocalDate.of(2016, 1, 1), "1");
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (Child c : List.of(one, two)) {
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> children().add(c));
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(adds)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, inUnitOfWork(() -> children().findAll(List.of(one.id(), two.id()))).size());
    }
}
