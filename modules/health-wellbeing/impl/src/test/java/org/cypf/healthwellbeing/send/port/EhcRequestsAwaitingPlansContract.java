package org.cypf.healthwellbeing.send.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans.Awaiting;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.junit.jupiter.api.Test;

/**
 * What every reading of EHC needs assessments awaiting their plans must do (ADR 0097, the record stores' suites):
 * CYPF's jOOQ adapter passes it on PostgreSQL; an integrator's reading of its own store runs it too. The requests are
 * stored through the same store's {@link EhcRequests}.
 *
 * <p>The promises: the requests still open (undecided or assessing; not decided against, withdrawn, decided not to
 * issue, or issued) of the children the scope gives are listed whole, soonest plan due first, a page at a time with
 * the total, and the whole partnership sees every child; the same rows are counted per team, with those whose plan
 * was due before the day given as overdue, children with no team under none, last. Each test works on children of
 * its own.
 */
public abstract class EhcRequestsAwaitingPlansContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract EhcRequests requests();

    protected abstract EhcRequestsAwaitingPlans awaiting();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private EhcRequest received(ChildId child, LocalDate on) {
        EhcRequest request = EhcRequest.receive(UUID.randomUUID(), child, null, on, TODAY).after();
        inUnitOfWork(() -> {
            requests().add(request);
            return null;
        });
        return request;
    }

    private EhcRequest store(EhcRequest before, UnaryOperator<EhcRequest> change) {
        EhcRequest after = change.apply(before);
        inUnitOfWork(() -> {
            requests().update(after, before.version());
            return null;
        });
        return after;
    }

    private EhcRequest assessing(ChildId child, LocalDate on) {
        return store(received(child, on), r -> r.decide(on.plusWeeks(5), "ASSESS", TODAY).after());
    }

    private static Awaiting awaitingOf(EhcRequest r) {
        return new Awaiting(r.id(), r.childId(), r.receivedOn(), r.decisionDueBy(),
                r.decision() == null ? null : r.decision().name(), r.draftIssuedOn(), r.planDueBy(), r.version());
    }

    private Page<Awaiting> page(List<ChildId> children, Slice slice) {
        return inUnitOfWork(() -> awaiting().soonestDueFirst(ListScope.only(children), slice));
    }

    @Test
    public void the_open_requests_of_the_scopes_children_are_listed_whole_soonest_due_first_a_page_at_a_time() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId unseen = ChildId.newId();
        EhcRequest undecided = received(one, LocalDate.of(2025, 6, 2));
        EhcRequest assessing = assessing(two, LocalDate.of(2025, 3, 3));
        EhcRequest later = assessing(one, LocalDate.of(2025, 8, 4));
        store(received(one, LocalDate.of(2025, 1, 6)), r -> r.decide(LocalDate.of(2025, 2, 3), "NOT_TO_ASSESS", TODAY)
                .after());
        store(received(two, LocalDate.of(2025, 1, 7)), r -> r.withdraw(LocalDate.of(2025, 1, 20), TODAY).after());
        store(assessing(one, LocalDate.of(2025, 1, 8)), r -> r.decideNotToIssue(LocalDate.of(2025, 4, 1), TODAY)
                .after());
        store(assessing(two, LocalDate.of(2025, 1, 9)), r -> r.issuePlan(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 5, 1), List.of("SLCN"), "123456", null, TODAY).after());
        EhcRequest others = received(unseen, LocalDate.of(2025, 2, 3));
        List<ChildId> mine = List.of(one, two);

        Page<Awaiting> all = page(mine, new Slice(1, 10));
        assertEquals(List.of(awaitingOf(assessing), awaitingOf(undecided), awaitingOf(later)), all.items());
        assertEquals(3, all.total());
        Page<Awaiting> second = page(mine, new Slice(2, 2));
        assertEquals(List.of(awaitingOf(later)), second.items());
        assertEquals(3, second.total(), "the total counts the whole selection, whatever the page");
        assertTrue(inUnitOfWork(() -> awaiting().soonestDueFirst(ListScope.everyChild(), new Slice(1, 1000)))
                .items().contains(awaitingOf(others)), "the whole partnership sees every child");
    }

    @Test
    public void the_same_rows_are_counted_per_team_with_those_due_before_the_day_as_overdue() {
        ChildId north = ChildId.newId();
        ChildId south = ChildId.newId();
        ChildId noTeam = ChildId.newId();
        received(north, LocalDate.of(2025, 1, 6)); // plan due 2025-05-26
        assessing(north, LocalDate.of(2025, 6, 2)); // plan due 2025-10-20
        received(south, LocalDate.of(2025, 2, 3)); // plan due 2025-06-23
        store(received(south, LocalDate.of(2025, 1, 6)), r -> r.withdraw(LocalDate.of(2025, 1, 20), TODAY).after());
        received(noTeam, LocalDate.of(2025, 9, 1)); // plan due 2026-01-19
        ChildTeams teams = new ChildTeams(Map.of(north.value(), "Team North", south.value(), "Team South"));

        List<TeamCount> counts = inUnitOfWork(() -> awaiting().countsByTeam(ListScope.only(List.of(north, south,
                noTeam)), teams, LocalDate.of(2025, 7, 1)));
        assertEquals(Arrays.asList(new TeamCount("Team North", 2, 1), new TeamCount("Team South", 1, 1),
                new TeamCount(null, 1, 0)), counts);
    }
}
