package org.cypf.healthwellbeing.healthychild.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren.ReviewFilter;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren.ReviewRow;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren.ReviewTally;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of the healthy child programme's children must do (ADR 0097, the record stores' suites): CYPF's
 * jOOQ adapter passes it on PostgreSQL; an integrator's store of the same children runs it too.
 *
 * <p>The promises: a child registered is read back whole by NHS number, is known as registered by its child id, and
 * an NHS number or id that names none finds nothing; registering an NHS number already held, or a child already
 * registered under another NHS number, is refused with {@link Conflict} and leaves the held child as it was; review
 * outcomes and school nursing contacts are stored with a
 * change from its version, one from a stale version refused with {@link StaleVersion} storing nothing; every child
 * has its five mandated reviews, listed by the filter (review, outcome or outstanding, closing days, the scope's
 * children), by closing day, a part at a time, counted by the same condition; a review's tally counts those whose
 * window closed between two days and those done by then; what a unit of work registered is gone when it rolls back;
 * two changes made at once from one version store one and refuse the other. Each test works on children of its own,
 * and tallies a year of its own.
 */
public abstract class HealthyChildrenContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract HealthyChildren children();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A new NHS number: nine random digits and their modulus 11 check digit. */
    private static NhsNumber anNhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return new NhsNumber(digits.append(check).toString());
            }
        }
    }

    private static HealthyChild unstored(LocalDate born) {
        return HealthyChild.register(anNhsNumber(), ChildId.newId(), born, TODAY).after();
    }

    private HealthyChild registered(LocalDate born) {
        HealthyChild child = unstored(born);
        inUnitOfWork(() -> children().add(child));
        return child;
    }

    private HealthyChild stored(HealthyChild before, HealthyChild after) {
        inUnitOfWork(() -> children().update(after, before.version()));
        return after;
    }

    private Optional<HealthyChild> find(NhsNumber nhs) {
        return inUnitOfWork(() -> children().find(nhs));
    }

    private List<ReviewRow> reviews(ReviewFilter filter, long offset, int limit) {
        return inUnitOfWork(() -> children().reviews(filter, offset, limit));
    }

    private static ReviewRow row(HealthyChild c, MandatedReview review, HealthyChild.Outcome outcome, LocalDate on) {
        return new ReviewRow(c.nhsNumber(), c.childId(), review, review.opensOn(c.dateOfBirth()),
                review.closesOn(c.dateOfBirth()), outcome, on);
    }

    @Test
    public void a_child_registered_is_read_back_whole_and_known_by_its_id_and_an_unknown_one_finds_nothing() {
        HealthyChild child = registered(LocalDate.of(2024, 2, 1));
        HealthyChild read = find(child.nhsNumber()).orElseThrow();
        assertEquals(List.of(child.childId(), LocalDate.of(2024, 2, 1), Map.of(), List.of(), 0L),
                List.of(read.childId(), read.dateOfBirth(), read.results(), read.contacts(), read.version()));
        assertTrue(inUnitOfWork(() -> children().childRegistered(child.childId())));
        assertFalse(inUnitOfWork(() -> children().childRegistered(ChildId.newId())));
        assertEquals(Optional.empty(), find(anNhsNumber()));
    }

    @Test
    public void an_nhs_number_or_a_child_registered_already_is_refused_and_the_held_child_left_as_it_was() {
        HealthyChild held = registered(LocalDate.of(2024, 2, 1));
        HealthyChild sameNhsNumber = HealthyChild.register(held.nhsNumber(), ChildId.newId(), LocalDate.of(2024, 3, 1),
                TODAY).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> children().add(sameNhsNumber)));
        HealthyChild sameChild = HealthyChild.register(anNhsNumber(), held.childId(), LocalDate.of(2024, 2, 1), TODAY)
                .after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> children().add(sameChild)));
        HealthyChild read = find(held.nhsNumber()).orElseThrow();
        assertEquals(List.of(held.childId(), held.dateOfBirth()), List.of(read.childId(), read.dateOfBirth()));
        assertEquals(Optional.empty(), find(sameChild.nhsNumber()));
    }

    @Test
    public void outcomes_and_contacts_are_stored_with_a_change_and_one_from_a_stale_version_stores_nothing() {
        HealthyChild child = registered(LocalDate.of(2024, 2, 1));
        HealthyChild born = stored(child, child.recordReview("NEW_BIRTH", "DONE", LocalDate.of(2024, 2, 12), TODAY)
                .after());
        HealthyChild visited = stored(born, born.recordContact(LocalDate.of(2025, 3, 3), "123456", 2, TODAY).after());
        HealthyChild again = stored(visited, visited.recordContact(LocalDate.of(2025, 1, 6), null, 5, TODAY).after());
        HealthyChild read = find(child.nhsNumber()).orElseThrow();
        assertEquals(Map.of(MandatedReview.NEW_BIRTH, new HealthyChild.Result(HealthyChild.Outcome.DONE,
                LocalDate.of(2024, 2, 12))), read.results());
        assertEquals(List.of(new HealthyChild.Contact(LocalDate.of(2025, 3, 3), "123456", 2),
                new HealthyChild.Contact(LocalDate.of(2025, 1, 6), null, 5)), read.contacts(), "in the order recorded");
        assertEquals(again.version(), read.version());

        HealthyChild stale = born.recordReview("SIX_TO_EIGHT_WEEKS", "DECLINED", LocalDate.of(2024, 3, 20), TODAY)
                .after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> children().update(stale, born.version())));
        assertEquals(1, find(child.nhsNumber()).orElseThrow().results().size(), "the stale change stored nothing");
    }

    @Test
    public void the_reviews_are_listed_by_the_filter_among_the_scopes_children_by_closing_day_a_part_at_a_time() {
        HealthyChild a = registered(LocalDate.of(2024, 1, 10));
        HealthyChild b = registered(LocalDate.of(2024, 1, 5));
        registered(LocalDate.of(2024, 1, 1)); // outside the scope
        stored(a, a.recordReview("NEW_BIRTH", "DONE", LocalDate.of(2024, 1, 20), TODAY).after());
        ListScope mine = ListScope.only(List.of(a.childId(), b.childId()));

        ReviewFilter newBirths = new ReviewFilter(MandatedReview.NEW_BIRTH, null, false, null, null, mine);
        assertEquals(List.of(row(b, MandatedReview.NEW_BIRTH, null, null),
                row(a, MandatedReview.NEW_BIRTH, HealthyChild.Outcome.DONE, LocalDate.of(2024, 1, 20))),
                reviews(newBirths, 0, 10));
        assertEquals(List.of(row(b, MandatedReview.NEW_BIRTH, null, null)),
                reviews(new ReviewFilter(MandatedReview.NEW_BIRTH, null, true, null, null, mine), 0, 10), "outstanding");
        assertEquals(List.of(a.nhsNumber()), reviews(new ReviewFilter(null, HealthyChild.Outcome.DONE, false, null,
                null, mine), 0, 10).stream().map(ReviewRow::nhsNumber).toList(), "by outcome");
        ReviewFilter window = new ReviewFilter(null, null, false, LocalDate.of(2024, 1, 24), LocalDate.of(2024, 3, 1),
                mine);
        assertEquals(List.of(row(a, MandatedReview.NEW_BIRTH, HealthyChild.Outcome.DONE, LocalDate.of(2024, 1, 20)),
                row(b, MandatedReview.SIX_TO_EIGHT_WEEKS, null, null)), reviews(window, 0, 10), "both days included");
        assertEquals(2, inUnitOfWork(() -> children().countReviews(window)));

        ReviewFilter all = new ReviewFilter(null, null, false, null, null, mine);
        assertEquals(10, inUnitOfWork(() -> children().countReviews(all)), "five mandated reviews a child");
        assertEquals(List.of(row(b, MandatedReview.TWO_AND_A_HALF_YEARS, null, null),
                row(a, MandatedReview.TWO_AND_A_HALF_YEARS, null, null)), reviews(all, 8, 5), "a part at a time");
    }

    @Test
    public void a_reviews_tally_counts_the_windows_closed_between_two_days_and_those_done_by_then() {
        HealthyChild onTime = registered(LocalDate.of(2012, 3, 1)); // new birth visit closes 2012-03-15
        stored(onTime, onTime.recordReview("NEW_BIRTH", "DONE", LocalDate.of(2012, 3, 12), TODAY).after());
        HealthyChild late = registered(LocalDate.of(2012, 3, 10)); // closes 2012-03-24
        stored(late, late.recordReview("NEW_BIRTH", "DONE", LocalDate.of(2012, 3, 30), TODAY).after());
        HealthyChild missed = registered(LocalDate.of(2012, 3, 12)); // closes 2012-03-26
        stored(missed, missed.recordReview("NEW_BIRTH", "MISSED", LocalDate.of(2012, 4, 2), TODAY).after());
        registered(LocalDate.of(2012, 5, 1)); // closes 2012-05-15: after the days tallied

        assertEquals(new ReviewTally(3, 1), inUnitOfWork(() -> children().tally(MandatedReview.NEW_BIRTH,
                LocalDate.of(2012, 3, 1), LocalDate.of(2012, 3, 31))));
    }

    @Test
    public void what_a_unit_of_work_registered_is_gone_when_it_rolls_back() {
        HealthyChild child = unstored(LocalDate.of(2024, 2, 1));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            children().add(child);
            throw new IllegalStateException("the use case failed after registering the child");
        }));
        assertEquals(Optional.empty(), find(child.nhsNumber()));
        assertFalse(inUnitOfWork(() -> children().childRegistered(child.childId())));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        HealthyChild child = registered(LocalDate.of(2024, 2, 1));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (int area : List.of(1, 2)) {
            HealthyChild after = child.recordContact(LocalDate.of(2025, 3, 3), null, area, TODAY).after();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> children().update(after, child.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        HealthyChild read = find(child.nhsNumber()).orElseThrow();
        assertEquals(List.of(child.version() + 1, 1), List.of(read.version(), read.contacts().size()));
    }
}
