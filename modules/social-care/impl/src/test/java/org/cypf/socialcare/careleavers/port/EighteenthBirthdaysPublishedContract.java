package org.cypf.socialcare.careleavers.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.junit.jupiter.api.Test;

/**
 * What every store of the 18th birthdays published must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same marks runs it too. The mark makes publishing a care
 * leaver's 18th birthday idempotent: the use case may run as often as it likes.
 *
 * <p>The promises: a child marked is published, and of the children asked about only those marked are named, none for
 * an empty question; marking a child again answers false and changes nothing; what a unit of work marked is gone when
 * it rolls back; of two units of work marking one child at once, one is answered true and the other false. Each test
 * works on children of its own.
 */
public abstract class EighteenthBirthdaysPublishedContract {
    private static final LocalDate BIRTHDAY = LocalDate.of(2025, 5, 1);

    protected abstract EighteenthBirthdaysPublished published();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child born on 1 May 2007 and a period of care of theirs the store knows, and gives the period. */
    protected abstract PeriodOfCare aPeriodOfCare();

    private boolean mark(PeriodOfCare period) {
        return inUnitOfWork(() -> published().markPublished(period.childId(), BIRTHDAY, period.id()));
    }

    @Test
    public void a_child_marked_is_published_and_of_those_asked_about_only_the_marked_are_named() {
        PeriodOfCare marked = aPeriodOfCare();
        PeriodOfCare alsoMarked = aPeriodOfCare();
        PeriodOfCare not = aPeriodOfCare();
        assertEquals(List.of(true, true), List.of(mark(marked), mark(alsoMarked)));
        assertEquals(Set.of(marked.childId(), alsoMarked.childId()), inUnitOfWork(() -> published().published(
                List.of(marked.childId(), alsoMarked.childId(), not.childId()))));
        assertEquals(Set.of(), inUnitOfWork(() -> published().published(List.of(not.childId()))));
        assertEquals(Set.of(), inUnitOfWork(() -> published().published(List.of())));
    }

    @Test
    public void marking_a_child_again_answers_false_and_changes_nothing() {
        PeriodOfCare period = aPeriodOfCare();
        assertEquals(List.of(true, false, false), List.of(mark(period), mark(period), mark(period)));
        assertEquals(Set.of(period.childId()), inUnitOfWork(() -> published().published(List.of(period.childId()))));
    }

    @Test
    public void what_a_unit_of_work_marked_is_gone_when_it_rolls_back() {
        PeriodOfCare period = aPeriodOfCare();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            published().markPublished(period.childId(), BIRTHDAY, period.id());
            throw new IllegalStateException("publishing the event failed after the mark");
        }));
        assertEquals(Set.of(), inUnitOfWork(() -> published().published(List.of(period.childId()))));
        assertEquals(true, mark(period)); // nothing left to answer false
    }

    @Test
    public void of_two_units_of_work_marking_one_child_at_once_one_is_answered_true() throws Exception {
        PeriodOfCare period = aPeriodOfCare();
        List<Callable<Boolean>> marks = List.of(() -> mark(period), () -> mark(period));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(marks)) {
                answers.add(f.get());
            }
            assertEquals(1, answers.stream().filter(b -> b).count(), "one true, one false: " + answers);
        } finally {
            pool.shutdownNow();
        }
    }
}
