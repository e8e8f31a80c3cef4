package org.cypf.socialcare.lookedafter.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.junit.jupiter.api.Test;

/**
 * What every store of looked-after reviews must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it
 * on PostgreSQL; an integrator's store of the same reviews runs it too. Reviews are recorded, never changed: the store
 * has no versions to check.
 *
 * <p>The promises: a review added is read back whole with the child's others, by date, and a child with none has none;
 * a second review of a child on one day is refused with {@link Conflict}, one at a time or in bulk, leaving what was
 * there; reviews added in bulk are all kept, and several children's read in one reading, by child and date; the reviews
 * held between two days, both included, by child and date; what a unit of work added is gone when it rolls back; of two
 * reviews of a child on one day added at once, one is kept and the other refused. Each test works on children of its
 * own, and asks about days in a year of its own.
 */
public abstract class LookedAfterReviewsContract {

    protected abstract LookedAfterReviews reviews();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born before 2000, with a period of care open since 1 January 2000, and gives it. */
    protected abstract PeriodOfCare aPeriodOfCare();

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static LookedAfterReview review(PeriodOfCare period, LocalDate on, String participation) {
        return LookedAfterReview.rebuild(UUID.randomUUID(), period.id(), period.childId(), on, participation);
    }

    private LookedAfterReview added(PeriodOfCare period, LocalDate on) {
        LookedAfterReview review = review(period, on, "PN1");
        inUnitOfWork(() -> reviews().add(review));
        return review;
    }

    private static List<List<Object>> whole(List<LookedAfterReview> reviews) {
        return reviews.stream().map(r -> List.<Object>of(r.id(), r.periodId(), r.childId(), r.date(),
                r.participation())).toList();
    }

    private List<LookedAfterReview> forChild(ChildId child) {
        return inUnitOfWork(() -> reviews().forChild(child));
    }

    @Test
    public void a_review_added_is_read_back_whole_with_the_childs_others_by_date() {
        PeriodOfCare period = aPeriodOfCare();
        LookedAfterReview later = review(period, LocalDate.of(2025, 9, 1), "PN2");
        inUnitOfWork(() -> reviews().add(later));
        LookedAfterReview earlier = added(period, LocalDate.of(2025, 3, 1));
        assertEquals(whole(List.of(earlier, later)), whole(forChild(period.childId())));
        assertEquals(List.of(), forChild(aPeriodOfCare().childId()));
    }

    @Test
    public void a_second_review_of_a_child_on_one_day_is_refused_one_at_a_time_or_in_bulk() {
        PeriodOfCare period = aPeriodOfCare();
        LookedAfterReview first = added(period, LocalDate.of(2025, 3, 1));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> reviews().add(review(period, first.date(), "PN2"))));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> reviews().addAll(List.of(
                review(period, LocalDate.of(2025, 6, 1), "PN1"), review(period, first.date(), "PN2")))));
        assertEquals(whole(List.of(first)), whole(forChild(period.childId())));
    }

    @Test
    public void reviews_added_in_bulk_are_all_kept_and_several_childrens_read_at_once_by_child_and_date() {
        PeriodOfCare a = aPeriodOfCare();
        PeriodOfCare b = aPeriodOfCare();
        List<LookedAfterReview> as = List.of(review(a, LocalDate.of(2024, 2, 1), "PN1"),
                review(a, LocalDate.of(2024, 8, 1), "PN2"));
        List<LookedAfterReview> bs = List.of(review(b, LocalDate.of(2024, 1, 1), "PN1"),
                review(b, LocalDate.of(2024, 5, 1), "PN1"));
        inUnitOfWork(() -> reviews().addAll(List.of(as.get(1), bs.get(1), as.get(0), bs.get(0))));

        List<List<Object>> read = whole(inUnitOfWork(() -> reviews().forChildren(List.of(a.childId(), b.childId()))));
        List<List<Object>> aFirst = new ArrayList<>(whole(as));
        aFirst.addAll(whole(bs));
        List<List<Object>> bFirst = new ArrayList<>(whole(bs));
        bFirst.addAll(whole(as));
        assertTrue(read.equals(aFirst) || read.equals(bFirst), "by child, then by date: " + read);
        assertEquals(List.of(), inUnitOfWork(() -> reviews().forChildren(List.of())));
    }

    @Test
    public void the_reviews_held_between_two_days_both_included_by_child_and_date() {
        PeriodOfCare period = aPeriodOfCare();
        List<LookedAfterReview> held = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2002, 12, 31), LocalDate.of(2003, 1, 1), LocalDate.of(2003, 7, 1),
                LocalDate.of(2003, 12, 31), LocalDate.of(2004, 1, 1))) {
            held.add(added(period, on));
        }
        assertEquals(whole(held.subList(1, 4)), whole(inUnitOfWork(() -> reviews().heldBetween(
                LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31)))));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        PeriodOfCare period = aPeriodOfCare();
        LookedAfterReview review = review(period, LocalDate.of(2025, 3, 1), "PN1");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            reviews().add(review);
            throw new IllegalStateException("the use case failed after adding the review");
        }));
        assertEquals(List.of(), forChild(period.childId()));
        added(period, review.date()); // nothing left on that day to refuse it
    }

    @Test
    public void of_two_reviews_of_a_child_on_one_day_added_at_once_one_is_kept_and_the_other_refused() throws Exception {
        PeriodOfCare period = aPeriodOfCare();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (String participation : List.of("PN1", "PN2")) {
            LookedAfterReview review = review(period, LocalDate.of(2025, 3, 1), participation);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> reviews().add(review));
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> kept = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(adds)) {
                kept.add(f.get());
            }
            assertEquals(1, kept.stream().filter(b -> b).count(), "one kept, one refused: " + kept);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, forChild(period.childId()).size());
    }
}
