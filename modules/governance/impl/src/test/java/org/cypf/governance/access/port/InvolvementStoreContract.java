package org.cypf.governance.access.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.BreakGlass;
import org.cypf.governance.api.access.AllocatedWorkers;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.kernel.problem.Conflict;
import org.junit.jupiter.api.Test;

/**
 * What every store of involvements and of the break-glass review queue must do (ADR 0032, ADR 0097): CYPF's jOOQ
 * store passes it on PostgreSQL, {@code InMemoryInvolvementStore} for fast tests; an integrator who keeps involvements
 * in the partnership's case-management system runs it too. ({@code ChildRecordAccessContract} states what the access
 * decision makes of them.)
 *
 * <p>The promises: an involvement recorded is read back whole, a child's a page at a time with their count; a person
 * is involved with a child from its first day to its last, both included, and not outside them, asked of one child,
 * of several at once, or of every child; the allocated worker and team in force on a day are the latest begun; the
 * creator of a record is involved from the day, once however often recorded, one child or a file's at once, and only
 * with the caller's unit of work; a permitted use of break glass waits in the review queue with its reason until it
 * is reviewed, then is read with its review, and of two reviews at once one is kept and the other refused with
 * {@link Conflict}. Each test works on children and people of its own.
 */
public abstract class InvolvementStoreContract {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2025, 1, 6);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    protected abstract InvolvementStore store();

    /** The audit the store reads break-glass uses from. */
    protected abstract AccessAuditLog audit();

    /** Runs {@code work} in the unit of work of a context that creates a child's record; commits when it returns. */
    protected abstract void inCallersUnitOfWork(Runnable work);

    private static String aPerson() {
        return "worker." + PEOPLE.incrementAndGet();
    }

    private Involvement recorded(UUID child, String user, String kind, String team, LocalDate from, LocalDate to) {
        return store().record(new NewInvolvement(child, user, "council", kind, team,
                "RECORDED-PURPOSE".equals(kind) ? "strategy discussion" : null, from, to), "tm.jones");
    }

    @Test
    public void an_involvement_recorded_is_read_back_whole_and_a_childs_a_page_at_a_time_with_their_count() {
        UUID child = UUID.randomUUID();
        Involvement worker = recorded(child, aPerson(), "ALLOCATED-WORKER", null, FROM, TO);
        Involvement team = recorded(child, aPerson(), "ALLOCATED-TEAM", "Team North", FROM, null);
        Involvement purpose = recorded(child, aPerson(), "RECORDED-PURPOSE", null, FROM, FROM);
        recorded(UUID.randomUUID(), worker.userId(), "ALLOCATED-WORKER", null, FROM, null); // another child's

        assertEquals(List.of(child, "council", "ALLOCATED-TEAM", "Team North", FROM, "tm.jones"), List.of(
                team.childId(), team.organisation(), team.kind(), team.team(), team.validFrom(), team.recordedBy()));
        assertNull(team.validTo());
        assertNotNull(team.recordedAt());
        assertEquals("strategy discussion", purpose.purpose());
        List<Involvement> first = store().involvements(child, 0, 2);
        List<Involvement> rest = store().involvements(child, 2, 2);
        assertEquals(List.of(2, 1), List.of(first.size(), rest.size()));
        Set<Involvement> read = new HashSet<>(first);
        read.addAll(rest);
        assertEquals(Set.of(worker, team, purpose), read);
        assertEquals(3L, store().countInvolvements(child));
        assertEquals(List.of(), store().involvements(UUID.randomUUID(), 0, 10));
        assertEquals(0L, store().countInvolvements(UUID.randomUUID()));
    }

    @Test
    public void a_person_is_involved_from_the_first_day_to_the_last_both_included_asked_of_one_several_or_every_child() {
        String user = aPerson();
        UUID child = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID someoneElses = UUID.randomUUID();
        recorded(child, user, "ALLOCATED-WORKER", null, FROM, TO);
        recorded(later, user, "RECORDED-PURPOSE", null, TO, TO.plusDays(5));
        recorded(someoneElses, aPerson(), "ALLOCATED-WORKER", null, FROM, null);

        assertEquals(List.of(false, true, true, false), List.of(store().involved(child, user, "council",
                FROM.minusDays(1)), store().involved(child, user, "council", FROM),
                store().involved(child, user, "council", TO), store().involved(child, user, "council", TO.plusDays(1))));
        assertEquals(false, store().involved(child, user, "nhs", FROM), "another organisation's user of that name");
        assertEquals(Set.of(child), store().involvedAmong(List.of(child, later, someoneElses), user, "council", FROM));
        assertEquals(Set.of(child, later), store().involvedAmong(List.of(child, later, someoneElses), user, "council",
                TO));
        assertEquals(Set.of(), store().involvedAmong(List.of(), user, "council", TO));
        assertEquals(Set.of(later), store().involvedChildren(user, "council", TO.plusDays(1)));
        assertEquals(Set.of(), store().involvedChildren(aPerson(), "council", TO));
    }

    @Test
    public void the_allocated_worker_and_team_in_force_on_a_day_are_the_latest_begun() {
        UUID child = UUID.randomUUID();
        String first = aPerson();
        String second = aPerson();
        recorded(child, first, "ALLOCATED-WORKER", null, FROM, null);
        recorded(child, second, "ALLOCATED-WORKER", null, FROM.plusDays(10), TO);
        recorded(child, first, "ALLOCATED-TEAM", "Team North", FROM, null);
        recorded(child, second, "ALLOCATED-TEAM", "Team South", FROM.plusDays(10), TO);
        recorded(child, aPerson(), "RECORDED-PURPOSE", null, FROM.plusDays(20), TO); // not an allocation

        assertEquals(Optional.empty(), store().allocatedWorker(child, FROM.minusDays(1)));
        assertEquals(Optional.of(new AllocatedWorkers.Worker(first, "council")), store().allocatedWorker(child, FROM));
        assertEquals(Optional.of(new AllocatedWorkers.Worker(second, "council")),
                store().allocatedWorker(child, FROM.plusDays(20)));
        assertEquals(Optional.of(new AllocatedWorkers.Worker(first, "council")),
                store().allocatedWorker(child, TO.plusDays(1)));
        Map<UUID, String> teamsOn = store().allocatedTeams(FROM.plusDays(20));
        assertEquals("Team South", teamsOn.get(child));
        assertEquals("Team North", store().allocatedTeams(TO.plusDays(1)).get(child));
        assertEquals(null, store().allocatedTeams(FROM.minusDays(1)).get(child));
    }

    @Test
    public void the_creator_of_a_record_is_involved_from_the_day_once_however_often_recorded() {
        String user = aPerson();
        UUID child = UUID.randomUUID();
        UUID fileOne = UUID.randomUUID();
        UUID fileTwo = UUID.randomUUID();
        inCallersUnitOfWork(() -> store().recordCreatorWithCurrentChange(child, user, "council", FROM));
        inCallersUnitOfWork(() -> store().recordCreatorWithCurrentChange(child, user, "council", TO));
        inCallersUnitOfWork(() -> store().recordCreatorsWithCurrentChange(List.of(child, fileOne, fileTwo), user,
                "council", FROM));
        inCallersUnitOfWork(() -> store().recordCreatorsWithCurrentChange(List.of(), user, "council", FROM));

        assertEquals(List.of(1L, 1L, 1L), List.of(store().countInvolvements(child), store().countInvolvements(fileOne),
                store().countInvolvements(fileTwo)));
        Involvement created = store().involvements(child, 0, 10).getFirst();
        assertEquals(List.of("CREATED-RECORD", user, FROM, user), List.of(created.kind(), created.userId(),
                created.validFrom(), created.recordedBy()));
        assertEquals(Set.of(child, fileOne, fileTwo), store().involvedChildren(user, "council", FROM));
        assertEquals(false, store().involved(child, user, "council", FROM.minusDays(1)));
    }

    @Test
    public void the_creator_is_not_recorded_when_the_callers_unit_of_work_rolls_back() {
        String user = aPerson();
        UUID child = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> inCallersUnitOfWork(() -> {
            store().recordCreatorWithCurrentChange(child, user, "council", FROM);
            throw new IllegalStateException("the record was not created after all");
        }));
        assertEquals(0L, store().countInvolvements(child));
        assertEquals(false, store().involved(child, user, "council", FROM));
    }

    private long brokeGlass(UUID child, String user, String reason) {
        audit().appendOnItsOwn(List.of(new AccessEntry(user, "nhs", "gp", "health-wellbeing", "child-health", "READ",
                child, BreakGlass.auditedPurpose(reason), true, AccessPolicy.BREAK_GLASS, null)));
        return openUses().stream().filter(u -> u.childId().equals(child)).findFirst().orElseThrow().accessId();
    }

    private List<BreakGlassUse> openUses() {
        return store().openBreakGlass(0, (int) Math.max(1, store().countOpenBreakGlass()));
    }

    @Test
    public void a_use_of_break_glass_waits_with_its_reason_until_reviewed_then_is_read_with_its_review() {
        UUID child = UUID.randomUUID();
        String user = aPerson();
        audit().appendOnItsOwn(List.of(new AccessEntry(user, "nhs", "gp", "health-wellbeing", "child-health", "READ",
                child, BreakGlass.auditedPurpose("refused, so no use"), false, AccessPolicy.BREAK_GLASS, null)));
        long open = store().countOpenBreakGlass();
        long id = brokeGlass(child, user, "unconscious in A&E");

        assertEquals(open + 1, store().countOpenBreakGlass());
        BreakGlassUse use = store().breakGlass(id).orElseThrow();
        assertEquals(List.of(user, "nhs", child, "unconscious in A&E"), List.of(use.userId(), use.organisation(),
                use.childId(), use.reason()));
        assertNull(use.reviewer());
        assertEquals(1, openUses().stream().filter(u -> u.childId().equals(child)).count(), "the refusal is no use");

        store().closeBreakGlass(id, "ig.lead", "information-governance", "seen: clinically justified");
        BreakGlassUse reviewed = store().breakGlass(id).orElseThrow();
        assertEquals(List.of("ig.lead", "seen: clinically justified"), List.of(reviewed.reviewer(), reviewed.note()));
        assertNotNull(reviewed.reviewedAt());
        assertEquals(open, store().countOpenBreakGlass());
        assertEquals(List.of(), openUses().stream().filter(u -> u.childId().equals(child)).toList());
        assertEquals(Optional.empty(), store().breakGlass(-1));
    }

    @Test
    public void of_two_reviews_of_one_use_at_once_one_is_kept_and_the_other_refused_with_conflict() throws Exception {
        long id = brokeGlass(UUID.randomUUID(), aPerson(), "child missing overnight");
        List<Callable<Boolean>> reviews = new ArrayList<>();
        for (String reviewer : List.of("ig.lead", "caldicott.guardian")) {
            reviews.add(() -> {
                try {
                    store().closeBreakGlass(id, reviewer, "information-governance", "justified");
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> kept = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(reviews)) {
                kept.add(f.get());
            }
            assertEquals(1, kept.stream().filter(b -> b).count(), "one kept, one refused: " + kept);
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(store().breakGlass(id).orElseThrow().reviewer());
        assertThrows(Conflict.class, () -> store().closeBreakGlass(id, "dpo", "information-governance", "again"));
    }
}
