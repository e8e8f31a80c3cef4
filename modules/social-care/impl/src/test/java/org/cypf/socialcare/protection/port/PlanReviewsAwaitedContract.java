package org.cypf.socialcare.protection.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited.Awaited;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the child protection reviews work queue must do (ADR 0097, the suites; ADR 0096, the counts
 * per team): CYPF's jOOQ reading passes it on PostgreSQL, {@code InMemoryPlanReviewsAwaited} for fast tests; an
 * integrator's reading of its own plans runs it too. The plans are stored through the {@link ChildProtectionPlans}
 * store it reads.
 *
 * <p>The promises: an open plan awaits its next review, due 3 months after the initial conference, then 6 months after
 * the latest review (a month's last day when the day does not exist), with its latest category and the reviews held;
 * an ended plan leaves the queue; the queue is ordered by the day due; it is read a page at a time with the total of
 * every page, and holds only the children the list scope names (every child's for the whole partnership); the same
 * rows are counted per team of their children, teams by name and the children with none last, a row overdue when due
 * before the day asked about (one due that day is not), a team with nothing in the queue not listed; a unit of work
 * reads the plans it added itself. Each test works on children of its own, and counts only their rows except where it
 * reads the whole partnership's.
 */
public abstract class PlanReviewsAwaitedContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract ChildProtectionPlans plans();

    protected abstract PlanReviewsAwaited queue();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born before 2000, and gives its id. */
    protected abstract ChildId aChild();

    /**
     * Stores a referral of {@code child} and the enquiry it opened, whose initial conference on {@code conference}
     * decided on a plan, and gives the enquiry.
     */
    protected abstract ChildProtectionEnquiry anEnquiry(ChildId child, LocalDate conference);

    /** A plan of a new child started at its conference, with the reviews held (dates and categories). */
    private ChildProtectionPlan plan(LocalDate conference, List<ChildProtectionPlan.Review> reviews) {
        ChildProtectionEnquiry enquiry = anEnquiry(aChild(), conference);
        String latest = reviews.isEmpty() ? "NEG" : reviews.getLast().category();
        ChildProtectionPlan plan = ChildProtectionPlan.rebuild(UUID.randomUUID(), enquiry.childId(),
                enquiry.referralId(), enquiry.id(), conference, conference, "NEG", latest, 0, reviews, null, null, 0);
        inUnitOfWork(() -> {
            plans().add(plan);
            return null;
        });
        return plan;
    }

    private ChildProtectionPlan plan(LocalDate conference) {
        return plan(conference, List.of());
    }

    private ChildProtectionPlan changed(ChildProtectionPlan before, ChildProtectionPlan after) {
        inUnitOfWork(() -> {
            plans().update(after, before.version());
            return null;
        });
        return after;
    }

    private ChildProtectionPlan ended(ChildProtectionPlan plan, LocalDate on) {
        return changed(plan, plan.end(on, "NO_LONGER_AT_RISK", TODAY).after());
    }

    private static Awaited awaited(ChildProtectionPlan p, LocalDate due) {
        return new Awaited(p.id(), p.childId(), p.startDate(), p.latestCategory(), p.reviews().size(), due);
    }

    private Page<Awaited> page(ListScope scope, int page, int size) {
        return inUnitOfWork(() -> queue().soonestDueFirst(scope, new Slice(page, size)));
    }

    private static ListScope scopeOf(ChildProtectionPlan... in) {
        return ListScope.only(java.util.Arrays.stream(in).map(ChildProtectionPlan::childId).toList());
    }

    @Test
    public void open_plans_await_their_next_review_soonest_due_first_and_ended_ones_leave_the_queue() {
        ChildProtectionPlan first = plan(LocalDate.of(2025, 1, 10));
        ChildProtectionPlan monthEnd = plan(LocalDate.of(2024, 11, 30));
        ChildProtectionPlan reviewed = plan(LocalDate.of(2024, 6, 1), List.of(
                new ChildProtectionPlan.Review(LocalDate.of(2024, 9, 1), "NEG"),
                new ChildProtectionPlan.Review(LocalDate.of(2024, 12, 15), "PHY")));
        ChildProtectionPlan over = ended(plan(LocalDate.of(2024, 10, 1)), LocalDate.of(2024, 12, 1));
        ListScope scope = scopeOf(first, monthEnd, reviewed, over);

        Page<Awaited> queued = page(scope, 1, 10);
        assertEquals(List.of(List.of(awaited(monthEnd, LocalDate.of(2025, 2, 28)),
                        awaited(first, LocalDate.of(2025, 4, 10)), awaited(reviewed, LocalDate.of(2025, 6, 15))), 3L),
                List.of(queued.items(), queued.total()));
        assertEquals(List.of("PHY", 2), List.of(queued.items().get(2).latestCategory(), queued.items().get(2).reviewsHeld()));

        // The first plan reviewed: its next review is due 6 months on; the month-end plan ended.
        ChildProtectionPlan firstReviewed = changed(first, first.review(LocalDate.of(2025, 4, 1), "EMO", TODAY,
                CinCensusCodes.standard()).after());
        ended(monthEnd, LocalDate.of(2025, 3, 1));
        assertEquals(List.of(awaited(reviewed, LocalDate.of(2025, 6, 15)),
                        awaited(firstReviewed, LocalDate.of(2025, 10, 1))), page(scope, 1, 10).items());
    }

    @Test
    public void the_queue_is_read_a_page_at_a_time_with_its_total_within_the_list_scope() {
        ChildProtectionPlan first = plan(LocalDate.of(2025, 4, 1));
        ChildProtectionPlan second = plan(LocalDate.of(2025, 4, 2));
        ChildProtectionPlan third = plan(LocalDate.of(2025, 4, 3));
        plan(LocalDate.of(2025, 4, 1)); // a child out of scope
        ListScope scope = scopeOf(first, second, third);

        Page<Awaited> page1 = page(scope, 1, 2);
        Page<Awaited> page2 = page(scope, 2, 2);
        Page<Awaited> beyond = page(scope, 3, 2);
        assertEquals(List.of(List.of(awaited(first, LocalDate.of(2025, 7, 1)), awaited(second, LocalDate.of(2025, 7, 2))),
                        3L, List.of(awaited(third, LocalDate.of(2025, 7, 3))), 3L, List.of(), 3L),
                List.of(page1.items(), page1.total(), page2.items(), page2.total(), beyond.items(), beyond.total()));
        assertEquals(0L, page(ListScope.only(List.of()), 1, 10).total());
    }

    @Test
    public void the_whole_partnership_sees_every_childs_plans() {
        long before = page(ListScope.everyChild(), 1, 1).total();
        plan(LocalDate.of(2025, 5, 1));
        plan(LocalDate.of(2025, 5, 2));
        ended(plan(LocalDate.of(2025, 5, 3)), LocalDate.of(2025, 6, 1));
        assertEquals(before + 2, page(ListScope.everyChild(), 1, 1).total());
    }

    @Test
    public void the_queue_is_counted_per_team_by_name_the_children_with_none_last_and_overdue_before_the_day() {
        ChildProtectionPlan overdue = plan(LocalDate.of(2024, 11, 30)); // due 28 February
        ChildProtectionPlan dueThatDay = plan(LocalDate.of(2025, 1, 10)); // due 10 April
        ChildProtectionPlan west = plan(LocalDate.of(2025, 3, 1)); // due 1 June
        ChildProtectionPlan noTeam = plan(LocalDate.of(2024, 12, 1)); // due 1 March
        ChildProtectionPlan ended = ended(plan(LocalDate.of(2024, 10, 1)), LocalDate.of(2024, 12, 1));
        ChildId idle = ChildId.newId();
        ChildTeams teams = new ChildTeams(Map.of(overdue.childId().value(), "East", dueThatDay.childId().value(),
                "East", west.childId().value(), "West", ended.childId().value(), "West", idle.value(), "Idle"));

        assertEquals(List.of(new TeamCount("East", 2, 1), new TeamCount("West", 1, 0), new TeamCount(null, 1, 1)),
                inUnitOfWork(() -> queue().countsByTeam(scopeOf(overdue, dueThatDay, west, noTeam, ended), teams,
                        LocalDate.of(2025, 4, 10))));
    }

    @Test
    public void a_unit_of_work_reads_the_plans_it_added_itself() {
        ChildProtectionEnquiry enquiry = anEnquiry(aChild(), LocalDate.of(2025, 6, 2));
        ChildProtectionPlan plan = ChildProtectionPlan.rebuild(UUID.randomUUID(), enquiry.childId(),
                enquiry.referralId(), enquiry.id(), enquiry.conferenceDate(), enquiry.conferenceDate(), "NEG", "NEG", 0,
                List.of(), null, null, 0);
        Page<Awaited> read = inUnitOfWork(() -> {
            plans().add(plan);
            return queue().soonestDueFirst(scopeOf(plan), new Slice(1, 10));
        });
        assertEquals(List.of(awaited(plan, LocalDate.of(2025, 9, 2))), read.items());
    }
}
