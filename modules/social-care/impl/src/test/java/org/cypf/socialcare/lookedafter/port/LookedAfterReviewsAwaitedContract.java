package org.cypf.socialcare.lookedafter.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.ReviewSchedule;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited.Awaited;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the looked-after reviews awaited must do (ADR 0097, the suites): CYPF's jOOQ reading passes it
 * on PostgreSQL, over the periods of care and reviews its stores hold; an integrator's reading runs it too. It is a
 * work queue, not a store: the suite writes through the stores the reading reads ({@link #periods()},
 * {@link #reviews()}) and states what the queue shows.
 *
 * <p>The promises: each open period under which the child is looked after on the rule's days is shown with its next
 * review's due date as {@link ReviewSchedule#nextDueBy} has it (the first 20 working days of the calendar given after
 * the start, its closures counted; the second 3 months after the first; later ones 6 months after the latest), the
 * reviews held in that period (not another's of the child), and its start (none when it began before the records
 * held); an ended period, one of short breaks only, one not begun by the rule's last day, and one with no due date
 * known (begun before the records held, no review) are not shown; the queue is soonest due first, then by period id,
 * paged with the total of every page; only the children the scope names are shown and counted, and every child's are
 * for the whole partnership; the same rows are counted per team, with those past due on the day given (not those due
 * on it), a child with no team under no team, last. Each test works on children of its own and reads only their rows,
 * save the one that reads the whole partnership, which finds its own among the others.
 */
public abstract class LookedAfterReviewsAwaitedContract {
    /** The rule every test reads the queue by: looked after at the end of 1 January 2026. */
    private static final LookedAfterOn ON = LookedAfterOn.theDay(LocalDate.of(2026, 1, 1));
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.england();

    protected abstract LookedAfterReviewsAwaited awaited();

    /** The store of periods of care the reading reads. */
    protected abstract PeriodsOfCare periods();

    /** The store of looked-after reviews the reading reads. */
    protected abstract LookedAfterReviews reviews();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the stores know, born before 2000, and gives its id. */
    protected abstract ChildId aChild();

    /** An episode from {@code start} to {@code end} (null: open), E4A when it ends. */
    private static Episode episode(LocalDate start, LocalDate end, String reason, String legalStatus) {
        return new Episode(UUID.randomUUID(), start, reason, legalStatus, "N1", "U6", "PR1", null, null, null, end,
                end == null ? null : "E4A");
    }

    private PeriodOfCare added(ChildId child, Episode... episodes) {
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(episodes));
        inUnitOfWork(() -> {
            periods().add(period);
            return null;
        });
        return period;
    }

    /** A period of a child of its own, begun (S) on {@code start} and open, in care (C2). */
    private PeriodOfCare begun(LocalDate start) {
        return added(aChild(), episode(start, null, "S", "C2"));
    }

    private List<LookedAfterReview> held(PeriodOfCare period, LocalDate... on) {
        List<LookedAfterReview> held = new ArrayList<>();
        for (LocalDate day : on) {
            held.add(LookedAfterReview.rebuild(UUID.randomUUID(), period.id(), period.childId(), day, "PN1"));
        }
        inUnitOfWork(() -> {
            reviews().addAll(held);
            return null;
        });
        return held;
    }

    private static Awaited awaiting(PeriodOfCare period, List<LookedAfterReview> held, WorkingDayCalendar calendar) {
        return new Awaited(period.id(), period.childId(), period.beganBeforeTheRecordsHeld() ? null : period.startDate(),
                held.size(), ReviewSchedule.of(period, held, calendar).nextDueBy());
    }

    private Page<Awaited> read(ListScope scope, Slice slice, WorkingDayCalendar calendar) {
        return inUnitOfWork(() -> awaited().soonestDueFirst(ON, scope, slice, calendar));
    }

    private static ListScope only(PeriodOfCare... periods) {
        return ListScope.only(Arrays.stream(periods).map(PeriodOfCare::childId).toList());
    }

    /** Soonest due first, then by period id as PostgreSQL orders a uuid (as its text). */
    private static List<Awaited> inQueueOrder(List<Awaited> rows) {
        return rows.stream().sorted(Comparator.comparing(Awaited::dueBy).thenComparing(a -> a.periodId().toString()))
                .toList();
    }

    @Test
    public void each_open_period_is_shown_with_the_schedules_next_due_date_its_reviews_held_and_its_start() {
        PeriodOfCare noneHeld = begun(LocalDate.of(2024, 3, 4));
        PeriodOfCare oneHeld = begun(LocalDate.of(2024, 6, 3));
        List<LookedAfterReview> first = held(oneHeld, LocalDate.of(2024, 6, 20));
        PeriodOfCare twoHeld = begun(LocalDate.of(2023, 1, 9));
        List<LookedAfterReview> two = held(twoHeld, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 2));
        PeriodOfCare beforeTheRecords = added(aChild(), episode(LocalDate.of(2022, 4, 1), null, "L", "C2"));
        List<LookedAfterReview> imported = held(beforeTheRecords, LocalDate.of(2022, 9, 1));
        // An earlier period of the child, ended, with a review of its own: not counted under the open one.
        ChildId returned = aChild();
        PeriodOfCare earlier = added(returned, episode(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 8, 1), "S", "C2"));
        held(earlier, LocalDate.of(2020, 1, 30), LocalDate.of(2020, 4, 20));
        PeriodOfCare again = added(returned, episode(LocalDate.of(2025, 2, 3), null, "S", "C2"));

        List<Awaited> expected = inQueueOrder(List.of(awaiting(noneHeld, List.of(), CALENDAR),
                awaiting(oneHeld, first, CALENDAR), awaiting(twoHeld, two, CALENDAR),
                awaiting(beforeTheRecords, imported, CALENDAR), awaiting(again, List.of(), CALENDAR)));
        Page<Awaited> read = read(only(noneHeld, oneHeld, twoHeld, beforeTheRecords, again), new Slice(1, 10), CALENDAR);
        assertEquals(List.of(expected, 5L), List.of(read.items(), read.total()));

        // The schedule's own dates: 20 working days after Monday 4 March 2024, over Good Friday and Easter Monday;
        // 3 months after the first review; 6 months after the latest; 6 months after the only one of an imported year.
        Map<UUID, Awaited> byPeriod = read.items().stream().collect(Collectors.toMap(Awaited::periodId, a -> a));
        assertEquals(List.of(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 9, 20), LocalDate.of(2023, 11, 2),
                        LocalDate.of(2023, 3, 1)),
                List.of(byPeriod.get(noneHeld.id()).dueBy(), byPeriod.get(oneHeld.id()).dueBy(),
                        byPeriod.get(twoHeld.id()).dueBy(), byPeriod.get(beforeTheRecords.id()).dueBy()));
        Awaited importedYear = byPeriod.get(beforeTheRecords.id());
        assertEquals(Arrays.asList(null, 1, LocalDate.of(2025, 2, 3), 0), Arrays.asList(importedYear.startDate(),
                importedYear.reviewsHeld(), byPeriod.get(again.id()).startDate(), byPeriod.get(again.id()).reviewsHeld()));
    }

    @Test
    public void the_first_review_is_due_by_the_calendars_working_days_its_closures_counted() {
        PeriodOfCare period = begun(LocalDate.of(2024, 3, 4));
        WorkingDayCalendar closedOnTheSecond = CALENDAR.withClosures(List.of(LocalDate.of(2024, 4, 2)));
        assertEquals(List.of(LocalDate.of(2024, 4, 4)), read(only(period), new Slice(1, 10), closedOnTheSecond)
                .items().stream().map(Awaited::dueBy).toList());
    }

    @Test
    public void ended_short_break_later_and_unknown_periods_are_not_shown() {
        PeriodOfCare ended = added(aChild(), episode(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 9, 1), "S", "C2"));
        PeriodOfCare shortBreaks = added(aChild(), episode(LocalDate.of(2024, 1, 8), null, "S", "V3"));
        PeriodOfCare later = begun(LocalDate.of(2026, 1, 2));
        PeriodOfCare unknown = added(aChild(), episode(LocalDate.of(2022, 4, 1), null, "L", "C2"));
        PeriodOfCare shown = begun(LocalDate.of(2025, 12, 1));
        Page<Awaited> read = read(only(ended, shortBreaks, later, unknown, shown), new Slice(1, 10), CALENDAR);
        assertEquals(List.of(List.of(shown.id()), 1L),
                List.of(read.items().stream().map(Awaited::periodId).toList(), read.total()));
    }

    @Test
    public void the_queue_is_soonest_due_first_then_by_period_and_paged_with_the_total() {
        List<PeriodOfCare> mine = new ArrayList<>();
        // Two periods due on one day (a review each on one day), and three due on days of their own.
        for (LocalDate reviewed : List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 2, 3))) {
            PeriodOfCare period = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
            held(period, reviewed);
            mine.add(period);
        }
        ListScope scope = only(mine.toArray(PeriodOfCare[]::new));
        List<Awaited> all = read(scope, new Slice(1, 10), CALENDAR).items();
        assertEquals(inQueueOrder(all), all);
        assertEquals(List.of(LocalDate.of(2025, 7, 6), LocalDate.of(2025, 8, 3), LocalDate.of(2025, 9, 3),
                LocalDate.of(2025, 9, 3), LocalDate.of(2025, 11, 5)), all.stream().map(Awaited::dueBy).toList());

        Page<Awaited> page1 = read(scope, new Slice(1, 2), CALENDAR);
        Page<Awaited> page3 = read(scope, new Slice(3, 2), CALENDAR);
        Page<Awaited> beyond = read(scope, new Slice(4, 2), CALENDAR);
        assertEquals(List.of(all.subList(0, 2), 5L, all.subList(4, 5), 5L, List.of(), 5L),
                List.of(page1.items(), page1.total(), page3.items(), page3.total(), beyond.items(), beyond.total()));
    }

    @Test
    public void only_the_children_in_scope_are_shown_and_counted_and_every_child_for_the_whole_partnership() {
        PeriodOfCare a = begun(LocalDate.of(2025, 6, 2));
        PeriodOfCare b = begun(LocalDate.of(2025, 7, 7));
        PeriodOfCare c = begun(LocalDate.of(2025, 8, 4));
        Page<Awaited> scoped = read(only(a, c), new Slice(1, 10), CALENDAR);
        assertEquals(List.of(List.of(a.id(), c.id()), 2L),
                List.of(scoped.items().stream().map(Awaited::periodId).toList(), scoped.total()));
        assertEquals(List.of(List.of(), 0L), List.of(read(ListScope.only(List.of()), new Slice(1, 10), CALENDAR)
                .items(), read(ListScope.only(List.of()), new Slice(1, 10), CALENDAR).total()));

        Page<Awaited> everyone = read(ListScope.everyChild(), new Slice(1, 1000), CALENDAR);
        Set<UUID> mine = Set.of(a.id(), b.id(), c.id());
        assertEquals(List.of(a.id(), b.id(), c.id()), everyone.items().stream().map(Awaited::periodId)
                .filter(mine::contains).toList());
        assertEquals(inQueueOrder(everyone.items()), everyone.items());
        assertTrue(everyone.total() >= 3 && everyone.total() == everyone.items().size(),
                "every child's rows, counted: " + everyone.total());
    }

    @Test
    public void the_rows_are_counted_per_team_with_those_past_due_a_child_with_no_team_last() {
        LocalDate today = LocalDate.of(2025, 10, 1);
        // Due 6 months after the review: before today, on today, after today.
        PeriodOfCare overdue = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        held(overdue, LocalDate.of(2025, 3, 31));
        PeriodOfCare dueToday = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        held(dueToday, LocalDate.of(2025, 4, 1));
        PeriodOfCare notYet = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        held(notYet, LocalDate.of(2025, 6, 1));
        PeriodOfCare noTeamOverdue = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        held(noTeamOverdue, LocalDate.of(2025, 1, 1));
        PeriodOfCare noDueDate = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        PeriodOfCare outOfScope = added(aChild(), episode(LocalDate.of(2023, 1, 2), null, "L", "C2"));
        held(outOfScope, LocalDate.of(2025, 1, 1));

        ChildTeams teams = new ChildTeams(Map.of(overdue.childId().value(), "Team B",
                dueToday.childId().value(), "Team A", notYet.childId().value(), "Team B",
                noDueDate.childId().value(), "Team C", outOfScope.childId().value(), "Team C"));
        List<TeamCount> counts = inUnitOfWork(() -> awaited().countsByTeam(ON,
                only(overdue, dueToday, notYet, noTeamOverdue, noDueDate), CALENDAR, teams, today));
        assertEquals(List.of(new TeamCount("Team A", 1, 0), new TeamCount("Team B", 2, 1),
                new TeamCount(null, 1, 1)), counts);
        assertEquals(List.of(), inUnitOfWork(() -> awaited().countsByTeam(ON, ListScope.only(List.of()), CALENDAR,
                teams, today)));
    }
}
