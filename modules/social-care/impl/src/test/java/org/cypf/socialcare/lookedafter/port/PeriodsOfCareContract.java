package org.cypf.socialcare.lookedafter.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.junit.jupiter.api.Test;

/**
 * What every store of periods of care must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store of the same periods runs it too.
 *
 * <p>The promises: a period added is read back whole, episodes in order, by its id, and an id that names none finds
 * nothing; the child's open period and the end of its latest ended one are found; a second open period for a child is
 * refused with {@link Conflict}, one at a time, in bulk (held or among those given), or two added at once; periods
 * added in bulk are all kept with their episodes; a change is stored only from
 * the version it was made from, one from a stale version refused with {@link StaleVersion} and storing nothing; a
 * change is read back as it was stored, so an episode it no longer holds is gone and one it corrects reads corrected; a
 * child's periods are read earliest first, whole and a page at a time with the child's total, and several children's in
 * one reading; the periods under which a child is looked after on some days (short breaks apart, an episode ending on
 * the first day not counted), listed, counted by child, and paged within a list scope with its total; the periods with
 * an episode open between two days (one ending on the first day counted); what a unit of work added is gone when it
 * rolls back; two changes made at once from one version store one and refuse the other. Each test works on children of
 * its own, and asks about days in a year of its own.
 */
public abstract class PeriodsOfCareContract {

    protected abstract PeriodsOfCare periods();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born before 2000, and gives its id. */
    protected abstract ChildId aChild();

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** An episode in care (legal status C2) or under short breaks (V3); ended with E4A when it has an end. */
    private static Episode episode(LocalDate start, LocalDate end, String legalStatus, boolean first) {
        return new Episode(UUID.randomUUID(), start, first ? "S" : "L", legalStatus, "N1", "U6", "PR1", null, null,
                null, end, end == null ? null : "E4A");
    }

    private static PeriodOfCare period(ChildId child, LocalDate start, LocalDate end) {
        return PeriodOfCare.imported(UUID.randomUUID(), child, List.of(episode(start, end, "C2", true)));
    }

    private PeriodOfCare added(PeriodOfCare period) {
        inUnitOfWork(() -> periods().add(period));
        return period;
    }

    private Optional<PeriodOfCare> find(UUID id) {
        return inUnitOfWork(() -> periods().find(id));
    }

    private static List<UUID> ids(List<PeriodOfCare> periods) {
        return periods.stream().map(PeriodOfCare::id).toList();
    }

    /** The period with its open episode closed X1 on {@code on} and a new one (a change of legal status) from then. */
    private static PeriodOfCare changed(PeriodOfCare p, LocalDate on) {
        Episode open = p.lastEpisode();
        Episode closed = new Episode(open.id(), open.startDate(), open.reasonForNewEpisode(), open.legalStatus(),
                open.categoryOfNeed(), open.placementType(), open.placementProvider(), null, null, null, on, "X1");
        Episode next = new Episode(UUID.randomUUID(), on, "L", "C1", "N1", "U6", "PR1", null, null, null, null, null);
        return p.importHistory(List.of(closed, next)).after();
    }

    @Test
    public void a_period_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = aChild();
        PeriodOfCare ended = added(PeriodOfCare.imported(UUID.randomUUID(), child, List.of(
                new Episode(UUID.randomUUID(), LocalDate.of(2024, 1, 2), "S", "C2", "N1", "U6", "PR1", null, null,
                        "SC123456", LocalDate.of(2024, 3, 4), "X1", "CHILD"),
                episode(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30), "C1", false))));
        PeriodOfCare open = added(period(child, LocalDate.of(2025, 2, 3), null));

        PeriodOfCare read = find(ended.id()).orElseThrow();
        assertEquals(List.of(child, ended.episodes(), 0L, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 30), "E4A"),
                List.of(read.childId(), read.episodes(), read.version(), read.startDate(), read.endDate(),
                        read.reasonCeased()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
        assertEquals(Optional.of(open.id()), inUnitOfWork(() -> periods().openFor(child)).map(PeriodOfCare::id));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), inUnitOfWork(() -> periods().lastEndFor(child)));
        ChildId newcomer = aChild();
        assertEquals(List.of(Optional.empty(), Optional.empty()), inUnitOfWork(() -> List.of(
                periods().openFor(newcomer), periods().lastEndFor(newcomer))));
    }

    @Test
    public void a_second_open_period_for_a_child_is_refused() {
        ChildId child = aChild();
        PeriodOfCare first = added(period(child, LocalDate.of(2025, 3, 3), null));
        PeriodOfCare second = period(child, LocalDate.of(2025, 4, 4), null);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> periods().add(second)));
        assertEquals(List.of(first.id()), ids(inUnitOfWork(() -> periods().forChild(child))));
    }

    @Test
    public void a_second_open_period_for_a_child_is_refused_in_bulk_whether_held_or_among_those_given() {
        ChildId held = aChild();
        PeriodOfCare first = added(period(held, LocalDate.of(2025, 3, 3), null));
        ChildId other = aChild();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> periods().addAll(List.of(
                period(other, LocalDate.of(2025, 1, 1), null), period(held, LocalDate.of(2025, 4, 4), null)))));
        ChildId twice = aChild();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> periods().addAll(List.of(
                period(twice, LocalDate.of(2025, 1, 1), null), period(twice, LocalDate.of(2025, 2, 2), null)))));
        assertEquals(List.of(List.of(first.id()), List.of(), List.of()), inUnitOfWork(() -> List.of(
                ids(periods().forChild(held)), ids(periods().forChild(other)), ids(periods().forChild(twice)))));
    }

    @Test
    public void two_open_periods_for_a_child_added_at_once_keep_one_and_refuse_the_other() throws Exception {
        ChildId child = aChild();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2))) {
            PeriodOfCare period = period(child, on, null);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> periods().add(period));
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
        assertEquals(1, inUnitOfWork(() -> periods().forChild(child)).size());
    }

    @Test
    public void periods_added_in_bulk_are_all_kept_with_their_episodes() {
        ChildId one = aChild();
        ChildId two = aChild();
        List<PeriodOfCare> bulk = List.of(period(one, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1)),
                period(one, LocalDate.of(2024, 1, 1), null), period(two, LocalDate.of(2023, 5, 5), null));
        inUnitOfWork(() -> periods().addAll(bulk));
        for (PeriodOfCare p : bulk) {
            assertEquals(p.episodes(), find(p.id()).orElseThrow().episodes());
        }
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        ChildId child = aChild();
        PeriodOfCare period = added(period(child, LocalDate.of(2025, 3, 3), null));
        PeriodOfCare after = changed(period, LocalDate.of(2025, 5, 1));
        inUnitOfWork(() -> periods().update(after, period.version()));
        PeriodOfCare read = find(period.id()).orElseThrow();
        assertEquals(List.of(after.episodes(), 1L), List.of(read.episodes(), read.version()));

        PeriodOfCare stale = changed(period, LocalDate.of(2025, 6, 1));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> periods().update(stale, period.version())));
        assertEquals(after.episodes(), find(period.id()).orElseThrow().episodes());
    }

    @Test
    public void a_change_that_drops_or_corrects_episodes_is_read_back_as_stored() {
        ChildId child = aChild();
        Episode first = episode(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 3), "C2", true);
        Episode dropped = new Episode(UUID.randomUUID(), LocalDate.of(2025, 2, 3), "P", "C2", "N1", "U4", "PR4", null,
                null, null, LocalDate.of(2025, 3, 3), "X1", "CARPL");
        Episode last = new Episode(UUID.randomUUID(), LocalDate.of(2025, 3, 3), "L", "C1", "N1", "U4", "PR4", null,
                null, null, null, null, null);
        PeriodOfCare period = added(PeriodOfCare.imported(UUID.randomUUID(), child, List.of(
                new Episode(first.id(), first.startDate(), "S", "C2", "N1", "U6", "PR1", null, null, null,
                        LocalDate.of(2025, 2, 3), "X1", "CARPL"), dropped, last)));
        // a return corrects the history: the first placement ran to March, with another need; the second never was
        Episode corrected = new Episode(first.id(), first.startDate(), "S", "C2", "N2", "U5", "PR4", null, null,
                "SC654321", LocalDate.of(2025, 3, 3), "X1", "CARPL");
        PeriodOfCare after = period.importHistory(List.of(corrected, last)).after();
        inUnitOfWork(() -> periods().update(after, period.version()));

        PeriodOfCare read = find(period.id()).orElseThrow();
        assertEquals(List.of(List.of(corrected, last), after.version()), List.of(read.episodes(), read.version()));
    }

    @Test
    public void a_childs_periods_are_read_earliest_first_whole_by_page_with_the_total_and_several_children_at_once() {
        ChildId child = aChild();
        PeriodOfCare second = added(period(child, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 9, 1)));
        PeriodOfCare third = added(period(child, LocalDate.of(2023, 1, 1), null));
        PeriodOfCare first = added(period(child, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1)));
        ChildId other = aChild();
        PeriodOfCare others = added(period(other, LocalDate.of(2022, 1, 1), null));

        assertEquals(List.of(first.id(), second.id(), third.id()), ids(inUnitOfWork(() -> periods().forChild(child))));
        Page<PeriodOfCare> page1 = inUnitOfWork(() -> periods().forChild(child, new Slice(1, 2)));
        Page<PeriodOfCare> page2 = inUnitOfWork(() -> periods().forChild(child, new Slice(2, 2)));
        Page<PeriodOfCare> beyond = inUnitOfWork(() -> periods().forChild(child, new Slice(3, 2)));
        assertEquals(List.of(List.of(first.id(), second.id()), 3L, List.of(third.id()), 3L, List.of(), 3L),
                List.of(ids(page1.items()), page1.total(), ids(page2.items()), page2.total(), ids(beyond.items()),
                        beyond.total()));
        assertEquals(Set.of(first.id(), second.id(), third.id(), others.id()), Set.copyOf(ids(inUnitOfWork(
                () -> periods().forChildren(List.of(child, other))))));
        assertEquals(List.of(), inUnitOfWork(() -> periods().forChildren(List.of())));
        assertEquals(List.of(), inUnitOfWork(() -> periods().forChild(aChild())));
    }

    @Test
    public void the_periods_of_children_looked_after_are_listed_counted_by_child_and_paged_within_a_scope() {
        // Every period here is in 2001 and ended: no other test's period counts in its window.
        LookedAfterOn june2001 = LookedAfterOn.onAnyDayOf(LocalDate.of(2001, 6, 1), LocalDate.of(2001, 6, 30));
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId c = aChild();
        PeriodOfCare inJune = added(period(a, LocalDate.of(2001, 5, 1), LocalDate.of(2001, 6, 10)));
        PeriodOfCare throughJune = added(period(b, LocalDate.of(2001, 3, 1), LocalDate.of(2001, 8, 1)));
        PeriodOfCare lastDay = added(period(c, LocalDate.of(2001, 6, 30), LocalDate.of(2001, 7, 2)));
        added(period(a, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 3, 1))); // before June
        added(period(b, LocalDate.of(2001, 2, 1), LocalDate.of(2001, 2, 2))); // before June
        added(period(c, LocalDate.of(2001, 5, 1), LocalDate.of(2001, 6, 1))); // ceased on the first day
        ChildId shortBreaks = aChild();
        added(PeriodOfCare.imported(UUID.randomUUID(), shortBreaks,
                List.of(episode(LocalDate.of(2001, 6, 2), LocalDate.of(2001, 6, 5), "V3", true))));

        assertEquals(Set.of(inJune.id(), throughJune.id(), lastDay.id()),
                Set.copyOf(ids(inUnitOfWork(() -> periods().lookedAfter(june2001)))));
        assertEquals(3L, (long) inUnitOfWork(() -> periods().countChildrenLookedAfter(june2001)));

        Page<PeriodOfCare> everyone = inUnitOfWork(() -> periods().lookedAfter(june2001, ListScope.everyChild(),
                new Slice(1, 2)));
        assertEquals(List.of(List.of(throughJune.id(), inJune.id()), 3L), List.of(ids(everyone.items()), everyone.total()));
        Page<PeriodOfCare> rest = inUnitOfWork(() -> periods().lookedAfter(june2001, ListScope.everyChild(),
                new Slice(2, 2)));
        assertEquals(List.of(List.of(lastDay.id()), 3L), List.of(ids(rest.items()), rest.total()));
        Page<PeriodOfCare> scoped = inUnitOfWork(() -> periods().lookedAfter(june2001,
                ListScope.only(List.of(a, c, shortBreaks)), new Slice(1, 1)));
        assertEquals(List.of(List.of(inJune.id()), 2L), List.of(ids(scoped.items()), scoped.total()));
    }

    @Test
    public void the_periods_with_an_episode_open_between_two_days_are_read_earliest_first() {
        // Every period here is in 2002 and ended: no other test's period overlaps its days.
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId c = aChild();
        PeriodOfCare endsOnTheFirstDay = added(period(a, LocalDate.of(2002, 2, 1), LocalDate.of(2002, 3, 1)));
        PeriodOfCare shortBreak = added(PeriodOfCare.imported(UUID.randomUUID(), b,
                List.of(episode(LocalDate.of(2002, 3, 10), LocalDate.of(2002, 3, 12), "V4", true))));
        PeriodOfCare startsOnTheLastDay = added(period(c, LocalDate.of(2002, 3, 31), LocalDate.of(2002, 5, 1)));
        added(period(a, LocalDate.of(2002, 1, 1), LocalDate.of(2002, 1, 31)));
        added(period(b, LocalDate.of(2002, 4, 1), LocalDate.of(2002, 4, 2)));

        assertEquals(List.of(endsOnTheFirstDay.id(), shortBreak.id(), startsOnTheLastDay.id()),
                ids(inUnitOfWork(() -> periods().overlapping(LocalDate.of(2002, 3, 1), LocalDate.of(2002, 3, 31)))));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        PeriodOfCare period = period(child, LocalDate.of(2025, 3, 3), null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            periods().add(period);
            throw new IllegalStateException("the use case failed after adding the period");
        }));
        assertEquals(Optional.empty(), find(period.id()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> periods().openFor(child)));
        added(period(child, LocalDate.of(2025, 3, 4), null)); // nothing open left to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        PeriodOfCare period = added(period(aChild(), LocalDate.of(2025, 3, 3), null));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2))) {
            PeriodOfCare after = changed(period, on);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> periods().update(after, period.version()));
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
        PeriodOfCare read = find(period.id()).orElseThrow();
        assertEquals(List.of(period.version() + 1, 2), List.of(read.version(), read.episodes().size()));
    }
}
