package org.cypf.socialcare.assessment.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every store of referrals (CIN episodes) must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL, {@code InMemoryReferrals} for fast tests; an integrator's store of the same referrals runs
 * it too.
 *
 * <p>The promises: a referral added is read back whole by its id, and an id that names none finds nothing; a second
 * referral under an id already held is refused with {@link Conflict}, leaving the first, and of two added at once under
 * one id one is kept and the other refused with {@link Conflict}; a child's
 * referrals are read oldest first (two of one day in the order recorded), never another child's; the referrals of some
 * children, and of every child, dated between two days, both included; a closure is stored only from the version it was
 * made from, one from a stale version refused with {@link StaleVersion} and storing nothing; what a unit of work added
 * is gone when it rolls back; two changes made at once from one version store one and refuse the other. Each test works
 * on children of its own, and asks about days in a year of its own.
 */
public abstract class ReferralsContract {
    private static final CinCensusCodes CODES = CinCensusCodes.standard();

    protected abstract Referrals referrals();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows and gives its id. */
    protected abstract ChildId aChild();

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static Referral referral(ChildId child, LocalDate on, String recordedAt) {
        return Referral.open(UUID.randomUUID(), child, on, "6", null, Instant.parse(recordedAt), on, CODES).after();
    }

    private Referral added(ChildId child, LocalDate on) {
        return added(referral(child, on, on + "T09:00:00Z"));
    }

    private Referral added(Referral referral) {
        inUnitOfWork(() -> referrals().add(referral));
        return referral;
    }

    private static Referral closed(Referral r, LocalDate on) {
        return r.close(on, "RC8", false, on, CODES).after();
    }

    private Optional<Referral> find(UUID id) {
        return inUnitOfWork(() -> referrals().find(id));
    }

    private static List<UUID> ids(List<Referral> referrals) {
        return referrals.stream().map(Referral::id).toList();
    }

    private static List<Object> whole(Referral r) {
        return Arrays.asList(r.id(), r.childId(), r.referralDate(), r.source(), r.contactId(), r.recordedAt(),
                r.closureDate(), r.closureReason(), r.version());
    }

    @Test
    public void a_referral_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        Referral referral = added(aChild(), LocalDate.of(2025, 3, 3));
        assertEquals(whole(referral), whole(find(referral.id()).orElseThrow()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_second_referral_under_an_id_already_held_is_refused_leaving_the_first() {
        Referral first = added(aChild(), LocalDate.of(2025, 3, 3));
        ChildId other = aChild();
        Referral again = Referral.open(first.id(), other, LocalDate.of(2025, 3, 4), "6", null,
                Instant.parse("2025-03-04T09:00:00Z"), LocalDate.of(2025, 3, 4), CODES).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> referrals().add(again)));
        assertEquals(whole(first), whole(find(first.id()).orElseThrow()));
        assertEquals(List.of(), inUnitOfWork(() -> referrals().forChild(other)));
    }

    @Test
    public void two_referrals_added_at_once_under_one_id_keep_one_and_refuse_the_other() throws Exception {
        UUID id = UUID.randomUUID();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2))) {
            Referral referral = Referral.open(id, aChild(), on, "6", null, Instant.parse(on + "T09:00:00Z"), on, CODES)
                    .after();
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> referrals().add(referral));
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
        assertEquals(id, find(id).orElseThrow().id());
    }

    @Test
    public void a_childs_referrals_are_read_oldest_first_two_of_one_day_as_recorded_and_never_another_childs() {
        ChildId child = aChild();
        Referral third = added(child, LocalDate.of(2025, 6, 1));
        Referral recordedLater = added(referral(child, LocalDate.of(2025, 3, 3), "2025-03-03T15:00:00Z"));
        Referral recordedEarlier = added(referral(child, LocalDate.of(2025, 3, 3), "2025-03-03T08:00:00Z"));
        Referral first = added(child, LocalDate.of(2025, 1, 10));
        added(aChild(), LocalDate.of(2025, 2, 1));

        assertEquals(List.of(first.id(), recordedEarlier.id(), recordedLater.id(), third.id()),
                ids(inUnitOfWork(() -> referrals().forChild(child))));
        assertEquals(List.of(), inUnitOfWork(() -> referrals().forChild(aChild())));
    }

    @Test
    public void a_childs_referrals_are_paged_in_the_same_order_with_the_count_of_them_all() {
        ChildId child = aChild();
        Referral third = added(child, LocalDate.of(2025, 6, 1));
        Referral second = added(child, LocalDate.of(2025, 3, 3));
        Referral first = added(child, LocalDate.of(2025, 1, 10));
        added(aChild(), LocalDate.of(2025, 2, 1));

        var page1 = inUnitOfWork(() -> referrals().forChild(child, new org.cypf.kernel.page.Slice(1, 2)));
        var page2 = inUnitOfWork(() -> referrals().forChild(child, new org.cypf.kernel.page.Slice(2, 2)));
        assertEquals(List.of(first.id(), second.id()), ids(page1.items()));
        assertEquals(List.of(third.id()), ids(page2.items()));
        assertEquals(3, page1.total());
        assertEquals(3, page2.total());
        assertEquals(0, inUnitOfWork(() -> referrals().forChild(aChild(), new org.cypf.kernel.page.Slice(1, 2))).total());
    }

    @Test
    public void the_referrals_of_some_children_and_of_every_child_dated_between_two_days_both_included() {
        // Every referral here is in 2001: no other test's is dated in it.
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId other = aChild();
        added(a, LocalDate.of(2000, 12, 31));
        Referral firstDay = added(a, LocalDate.of(2001, 1, 1));
        Referral middle = added(b, LocalDate.of(2001, 6, 1));
        Referral lastDay = added(a, LocalDate.of(2001, 12, 31));
        Referral others = added(other, LocalDate.of(2001, 7, 1));
        added(b, LocalDate.of(2002, 1, 1));
        LocalDate from = LocalDate.of(2001, 1, 1);
        LocalDate to = LocalDate.of(2001, 12, 31);

        assertEquals(Set.of(firstDay.id(), middle.id(), lastDay.id()), Set.copyOf(ids(inUnitOfWork(
                () -> referrals().forChildrenBetween(List.of(a, b), from, to)))));
        assertEquals(Set.of(firstDay.id(), middle.id(), lastDay.id(), others.id()), Set.copyOf(ids(inUnitOfWork(
                () -> referrals().datedBetween(from, to)))));
        assertEquals(List.of(), inUnitOfWork(() -> referrals().forChildrenBetween(List.of(), from, to)));
    }

    @Test
    public void a_closure_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        Referral referral = added(aChild(), LocalDate.of(2025, 3, 3));
        Referral after = closed(referral, LocalDate.of(2025, 4, 1));
        inUnitOfWork(() -> referrals().update(after, referral.version()));
        assertEquals(whole(after), whole(find(referral.id()).orElseThrow()));

        Referral stale = closed(referral, LocalDate.of(2025, 4, 20));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> referrals().update(stale, referral.version())));
        assertEquals(whole(after), whole(find(referral.id()).orElseThrow()));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        Referral referral = referral(child, LocalDate.of(2025, 3, 3), "2025-03-03T09:00:00Z");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            referrals().add(referral);
            throw new IllegalStateException("the use case failed after adding the referral");
        }));
        assertEquals(List.of(Optional.empty(), List.of()), inUnitOfWork(() -> List.of(referrals().find(referral.id()),
                referrals().forChild(child))));
        added(referral); // nothing of it left to collide with
        assertEquals(whole(referral), whole(find(referral.id()).orElseThrow()));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        Referral referral = added(aChild(), LocalDate.of(2025, 3, 3));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2))) {
            Referral after = closed(referral, on);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> referrals().update(after, referral.version()));
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
        assertEquals(referral.version() + 1, find(referral.id()).orElseThrow().version());
    }
}
