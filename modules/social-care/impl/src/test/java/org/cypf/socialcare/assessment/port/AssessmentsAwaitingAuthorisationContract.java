package org.cypf.socialcare.assessment.port;

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
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the assessments work queue must do (ADR 0097, the suites; ADR 0096, the counts per team):
 * CYPF's jOOQ reading passes it on PostgreSQL, {@code InMemoryAssessmentsAwaitingAuthorisation} for fast tests; an
 * integrator's reading of its own assessments runs it too. The assessments are stored through the {@link Assessments}
 * store it reads.
 *
 * <p>The promises: an assessment is in the queue until it is authorised; the queue is ordered by the day it is due (45
 * working days from the referral); it is read a page at a time with the total of every page, and holds only the
 * children the list scope names (every child's for the whole partnership); the same rows are counted per team of their
 * children, teams by name and the children with none last, a row overdue when due before the day asked about (one due
 * that day is not), a team with nothing in the queue not listed; a unit of work reads the assessments it added itself.
 * Each test works on children of its own, and counts only their rows except where it reads the whole partnership's.
 */
public abstract class AssessmentsAwaitingAuthorisationContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract Assessments assessments();

    protected abstract AssessmentsAwaitingAuthorisation queue();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores an open referral of a new child the store knows, made on {@code on}, and gives it. */
    protected abstract Referral aReferral(LocalDate on);

    private static Assessment started(Referral referral) {
        return Assessment.start(UUID.randomUUID(), referral, referral.referralDate().plusDays(1), false, TODAY).after();
    }

    private Assessment added(Referral referral) {
        Assessment assessment = started(referral);
        inUnitOfWork(() -> {
            assessments().add(assessment);
            return null;
        });
        return assessment;
    }

    private void authorised(Assessment a) {
        LocalDate on = a.startDate().plusDays(10);
        Assessment after = a.complete(on, on, List.of("3B"), "CHILD_IN_NEED_PLAN", TODAY, CinCensusCodes.standard())
                .after();
        inUnitOfWork(() -> {
            assessments().update(after, a.version());
            return null;
        });
    }

    private Page<Assessment> page(ListScope scope, int page, int size) {
        return inUnitOfWork(() -> queue().soonestDueFirst(scope, new Slice(page, size)));
    }

    private static List<UUID> ids(Page<Assessment> page) {
        return page.items().stream().map(Assessment::id).toList();
    }

    private static ListScope scopeOf(Assessment... in) {
        return ListScope.only(java.util.Arrays.stream(in).map(Assessment::childId).toList());
    }

    @Test
    public void assessments_not_authorised_soonest_due_first_and_authorised_ones_leave_the_queue() {
        Assessment later = added(aReferral(LocalDate.of(2025, 3, 3)));
        Assessment sooner = added(aReferral(LocalDate.of(2025, 2, 3)));
        Assessment done = added(aReferral(LocalDate.of(2025, 1, 6)));
        authorised(done);

        Page<Assessment> queued = page(scopeOf(later, sooner, done), 1, 10);
        assertEquals(List.of(List.of(sooner.id(), later.id()), 2L), List.of(ids(queued), queued.total()));
        Assessment first = queued.items().getFirst();
        assertEquals(List.of(sooner.referralId(), sooner.childId(), Assessment.dueDateFor(LocalDate.of(2025, 2, 3))),
                List.of(first.referralId(), first.childId(), first.dueDate()));

        authorised(sooner);
        assertEquals(List.of(later.id()), ids(page(scopeOf(later, sooner, done), 1, 10)));
    }

    @Test
    public void the_queue_is_read_a_page_at_a_time_with_its_total_within_the_list_scope() {
        Assessment first = added(aReferral(LocalDate.of(2025, 4, 1)));
        Assessment second = added(aReferral(LocalDate.of(2025, 4, 2)));
        Assessment third = added(aReferral(LocalDate.of(2025, 4, 3)));
        added(aReferral(LocalDate.of(2025, 4, 1))); // a child out of scope
        ListScope scope = scopeOf(first, second, third);

        Page<Assessment> page1 = page(scope, 1, 2);
        Page<Assessment> page2 = page(scope, 2, 2);
        Page<Assessment> beyond = page(scope, 3, 2);
        assertEquals(List.of(List.of(first.id(), second.id()), 3L, List.of(third.id()), 3L, List.of(), 3L),
                List.of(ids(page1), page1.total(), ids(page2), page2.total(), ids(beyond), beyond.total()));
        assertEquals(0L, page(ListScope.only(List.of()), 1, 10).total());
    }

    @Test
    public void the_whole_partnership_sees_every_childs_assessments() {
        long before = page(ListScope.everyChild(), 1, 1).total();
        added(aReferral(LocalDate.of(2025, 5, 1)));
        added(aReferral(LocalDate.of(2025, 5, 2)));
        authorised(added(aReferral(LocalDate.of(2025, 5, 3))));
        assertEquals(before + 2, page(ListScope.everyChild(), 1, 1).total());
    }

    @Test
    public void the_queue_is_counted_per_team_by_name_the_children_with_none_last_and_overdue_before_the_day() {
        Assessment overdue = added(aReferral(LocalDate.of(2025, 1, 6)));
        Assessment dueThatDay = added(aReferral(LocalDate.of(2025, 2, 3)));
        Assessment notYet = added(aReferral(LocalDate.of(2025, 3, 3)));
        Assessment westOverdue = added(aReferral(LocalDate.of(2025, 1, 7)));
        Assessment noTeam = added(aReferral(LocalDate.of(2025, 3, 4)));
        Assessment authorised = added(aReferral(LocalDate.of(2025, 1, 6)));
        authorised(authorised);
        ChildId idle = ChildId.newId();
        ChildTeams teams = new ChildTeams(Map.of(overdue.childId().value(), "East", dueThatDay.childId().value(), "East",
                notYet.childId().value(), "East", westOverdue.childId().value(), "West",
                authorised.childId().value(), "West", idle.value(), "Idle"));
        LocalDate day = Assessment.dueDateFor(LocalDate.of(2025, 2, 3));

        assertEquals(List.of(new TeamCount("East", 3, 1), new TeamCount("West", 1, 1), new TeamCount(null, 1, 0)),
                inUnitOfWork(() -> queue().countsByTeam(scopeOf(overdue, dueThatDay, notYet, westOverdue, noTeam,
                        authorised), teams, day)));
    }

    @Test
    public void a_unit_of_work_reads_the_assessments_it_added_itself() {
        Assessment assessment = started(aReferral(LocalDate.of(2025, 6, 2)));
        Page<Assessment> read = inUnitOfWork(() -> {
            assessments().add(assessment);
            return queue().soonestDueFirst(scopeOf(assessment), new Slice(1, 10));
        });
        assertEquals(List.of(assessment.id()), ids(read));
    }
}
