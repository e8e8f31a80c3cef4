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
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.port.ConferencesAwaited.Awaited;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the initial conferences work queue must do (ADR 0097, the suites; ADR 0096, the counts per
 * team): CYPF's jOOQ reading passes it on PostgreSQL, {@code InMemoryConferencesAwaited} for fast tests; an
 * integrator's reading of its own enquiries runs it too. The enquiries are stored through the
 * {@link ChildProtectionEnquiries} store it reads.
 *
 * <p>The promises: an enquiry awaits its initial conference, due 15 working days after its last strategy discussion,
 * until the conference is held, unless its section 47 enquiry concluded without one; a further strategy discussion
 * moves the day due; the queue is ordered by the day due; it is read a page at a time with the total of every page, and
 * holds only the children the list scope names (every child's for the whole partnership); the same rows are counted
 * per team of their children, teams by name and the children with none last, a row overdue when due before the day
 * asked about (one due that day is not), a team with nothing in the queue not listed; a unit of work reads the
 * enquiries it added itself. Each test works on children of its own, and counts only their rows except where it reads
 * the whole partnership's.
 */
public abstract class ConferencesAwaitedContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract ChildProtectionEnquiries enquiries();

    protected abstract ConferencesAwaited queue();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores an open referral of a new child the store knows, made on {@code on}, and gives it. */
    protected abstract Referral aReferral(LocalDate on);

    private static ChildProtectionEnquiry opened(Referral referral) {
        return ChildProtectionEnquiry.open(UUID.randomUUID(), referral, referral.referralDate(), TODAY).after();
    }

    /** An enquiry whose strategy discussion was held on {@code discussed}, the day its child was referred. */
    private ChildProtectionEnquiry discussed(LocalDate discussed) {
        ChildProtectionEnquiry enquiry = opened(aReferral(discussed));
        inUnitOfWork(() -> {
            enquiries().add(enquiry);
            return null;
        });
        return enquiry;
    }

    private ChildProtectionEnquiry changed(ChildProtectionEnquiry before, ChildProtectionEnquiry after) {
        inUnitOfWork(() -> {
            enquiries().update(after, before.version());
            return null;
        });
        return after;
    }

    private ChildProtectionEnquiry started(ChildProtectionEnquiry e) {
        return changed(e, e.startSection47(e.lastStrategyDiscussion(), TODAY).after());
    }

    private ChildProtectionEnquiry concluded(ChildProtectionEnquiry e, String outcome) {
        return changed(e, e.concludeSection47(e.section47StartDate().plusDays(2), outcome, TODAY).after());
    }

    private static Awaited awaited(ChildProtectionEnquiry e) {
        return new Awaited(e.id(), e.childId(), e.section47StartDate(), e.conferenceDueDate());
    }

    private Page<Awaited> page(ListScope scope, int page, int size) {
        return inUnitOfWork(() -> queue().soonestDueFirst(scope, new Slice(page, size)));
    }

    private static ListScope scopeOf(ChildProtectionEnquiry... in) {
        return ListScope.only(java.util.Arrays.stream(in).map(ChildProtectionEnquiry::childId).toList());
    }

    @Test
    public void enquiries_await_their_conference_soonest_due_first_until_held_or_concluded_without_one() {
        ChildProtectionEnquiry onlyDiscussed = discussed(LocalDate.of(2025, 3, 10));
        ChildProtectionEnquiry underway = started(discussed(LocalDate.of(2025, 3, 3)));
        ChildProtectionEnquiry toConference = concluded(started(discussed(LocalDate.of(2025, 3, 17))),
                "INITIAL_CONFERENCE");
        ChildProtectionEnquiry notRequired = concluded(started(discussed(LocalDate.of(2025, 3, 4))),
                "NO_FURTHER_ACTION");
        ChildProtectionEnquiry held = concluded(started(discussed(LocalDate.of(2025, 3, 5))), "INITIAL_CONFERENCE");
        held = changed(held, held.holdInitialConference(LocalDate.of(2025, 3, 20), "NO_PLAN", TODAY).after());
        ListScope scope = scopeOf(onlyDiscussed, underway, toConference, notRequired, held);

        Page<Awaited> queued = page(scope, 1, 10);
        assertEquals(List.of(List.of(awaited(underway), awaited(onlyDiscussed), awaited(toConference)), 3L),
                List.of(queued.items(), queued.total()));
        assertEquals(java.util.Arrays.asList(null, LocalDate.of(2025, 3, 31)), java.util.Arrays.asList(
                queued.items().get(1).section47StartDate(), queued.items().get(1).conferenceDueDate()));

        // A further discussion about the first: its conference is now due after the others'.
        ChildProtectionEnquiry againLater = changed(underway,
                underway.withStrategyDiscussion(LocalDate.of(2025, 3, 24), TODAY).after());
        assertEquals(List.of(awaited(onlyDiscussed), awaited(toConference), awaited(againLater)),
                page(scope, 1, 10).items());
    }

    @Test
    public void the_queue_is_read_a_page_at_a_time_with_its_total_within_the_list_scope() {
        ChildProtectionEnquiry first = discussed(LocalDate.of(2025, 4, 1));
        ChildProtectionEnquiry second = discussed(LocalDate.of(2025, 4, 2));
        ChildProtectionEnquiry third = discussed(LocalDate.of(2025, 4, 3));
        discussed(LocalDate.of(2025, 4, 1)); // a child out of scope
        ListScope scope = scopeOf(first, second, third);

        Page<Awaited> page1 = page(scope, 1, 2);
        Page<Awaited> page2 = page(scope, 2, 2);
        Page<Awaited> beyond = page(scope, 3, 2);
        assertEquals(List.of(List.of(awaited(first), awaited(second)), 3L, List.of(awaited(third)), 3L, List.of(), 3L),
                List.of(page1.items(), page1.total(), page2.items(), page2.total(), beyond.items(), beyond.total()));
        assertEquals(0L, page(ListScope.only(List.of()), 1, 10).total());
    }

    @Test
    public void the_whole_partnership_sees_every_childs_enquiries() {
        long before = page(ListScope.everyChild(), 1, 1).total();
        discussed(LocalDate.of(2025, 5, 1));
        discussed(LocalDate.of(2025, 5, 2));
        concluded(started(discussed(LocalDate.of(2025, 5, 5))), "NO_FURTHER_ACTION");
        assertEquals(before + 2, page(ListScope.everyChild(), 1, 1).total());
    }

    @Test
    public void the_queue_is_counted_per_team_by_name_the_children_with_none_last_and_overdue_before_the_day() {
        ChildProtectionEnquiry overdue = discussed(LocalDate.of(2025, 3, 3));
        ChildProtectionEnquiry dueThatDay = discussed(LocalDate.of(2025, 3, 10)); // due 31 March
        ChildProtectionEnquiry notYet = discussed(LocalDate.of(2025, 3, 17));
        ChildProtectionEnquiry westOverdue = discussed(LocalDate.of(2025, 3, 4));
        ChildProtectionEnquiry noTeam = discussed(LocalDate.of(2025, 3, 5));
        ChildId idle = ChildId.newId();
        ChildTeams teams = new ChildTeams(Map.of(overdue.childId().value(), "East", dueThatDay.childId().value(),
                "East", notYet.childId().value(), "East", westOverdue.childId().value(), "West", idle.value(), "Idle"));

        assertEquals(List.of(new TeamCount("East", 3, 1), new TeamCount("West", 1, 1), new TeamCount(null, 1, 1)),
                inUnitOfWork(() -> queue().countsByTeam(scopeOf(overdue, dueThatDay, notYet, westOverdue, noTeam),
                        teams, LocalDate.of(2025, 3, 31))));
    }

    @Test
    public void a_unit_of_work_reads_the_enquiries_it_added_itself() {
        ChildProtectionEnquiry enquiry = opened(aReferral(LocalDate.of(2025, 6, 2)));
        Page<Awaited> read = inUnitOfWork(() -> {
            enquiries().add(enquiry);
            return queue().soonestDueFirst(scopeOf(enquiry), new Slice(1, 10));
        });
        assertEquals(List.of(awaited(enquiry)), read.items());
    }
}
