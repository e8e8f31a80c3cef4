package org.cypf.healthwellbeing.send.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.port.EhcRequests.AdviceDue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of requests for EHC needs assessments must do (ADR 0097, the record stores' suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL; an integrator's store of the same requests runs it too.
 *
 * <p>The promises: a request added is read back whole by its id, and an id that names none finds nothing; adding an
 * id already held is refused with {@link Conflict} and leaves the held request as it was; a change is stored only from the version it was
 * made from, and a change made from a stale version is refused with {@link StaleVersion} and stores nothing; advice
 * asked for and answered is read back with its dates, and advice a practitioner gave with who gave it and its gist, and storing the same answer again adds nothing; advice due is
 * what is not yet answered, by adviser and due date, of the children the scope gives, earliest due first, a page at a
 * time with the total; what a unit of work stored is gone when it rolls back; two changes made at once from one
 * version store one and refuse the other. Each test works on children of its own, so tests sharing a store never
 * meet.
 */
public abstract class EhcRequestsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract EhcRequests requests();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private EhcRequest received(ChildId child, LocalDate on) {
        EhcRequest request = EhcRequest.receive(UUID.randomUUID(), child, new NhsNumber("9434765919"), on, TODAY)
                .after();
        inUnitOfWork(() -> requests().add(request));
        return request;
    }

    private Optional<EhcRequest> find(UUID id) {
        return inUnitOfWork(() -> requests().find(id));
    }

    /** Decided ASSESS and the advisers asked on {@code askedOn}, stored change by change. */
    private EhcRequest assessingWithAdviceAsked(ChildId child, LocalDate receivedOn, LocalDate askedOn,
                                               String... advisers) {
        EhcRequest request = store(received(child, receivedOn), r -> r.decide(receivedOn.plusDays(7), "ASSESS", TODAY)
                .after());
        for (String adviser : advisers) {
            request = store(request, r -> r.requestAdvice(adviser, askedOn, TODAY).after());
        }
        return request;
    }

    private EhcRequest store(EhcRequest before, java.util.function.UnaryOperator<EhcRequest> change) {
        EhcRequest after = change.apply(before);
        inUnitOfWork(() -> requests().update(after, before.version()));
        return after;
    }

    private Page<AdviceDue> due(String adviser, LocalDate overdueOn, List<ChildId> children, Slice slice) {
        return inUnitOfWork(() -> requests().adviceDue(adviser, overdueOn, ListScope.only(children), slice));
    }

    @Test
    public void a_request_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = ChildId.newId();
        EhcRequest request = received(child, LocalDate.of(2025, 9, 1));
        EhcRequest read = find(request.id()).orElseThrow();
        assertEquals(List.of(child, request.nhsNumber(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 13), 0L),
                List.of(read.childId(), read.nhsNumber(), read.receivedOn(), read.decisionDueBy(), read.version()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void adding_an_id_already_held_is_refused_and_leaves_the_held_request_as_it_was() {
        EhcRequest held = received(ChildId.newId(), LocalDate.of(2025, 9, 1));
        EhcRequest again = EhcRequest.receive(held.id(), ChildId.newId(), null, LocalDate.of(2025, 9, 20), TODAY)
                .after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> requests().add(again)));
        EhcRequest read = find(held.id()).orElseThrow();
        assertEquals(List.of(held.childId(), held.receivedOn()), List.of(read.childId(), read.receivedOn()));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        EhcRequest request = received(ChildId.newId(), LocalDate.of(2025, 9, 1));
        EhcRequest decided = store(request, r -> r.decide(LocalDate.of(2025, 9, 10), "ASSESS", TODAY).after());
        EhcRequest read = find(request.id()).orElseThrow();
        assertEquals(List.of(EhcRequest.Decision.ASSESS, LocalDate.of(2025, 9, 10), decided.version()),
                List.of(read.decision(), read.decidedOn(), read.version()));

        EhcRequest stale = request.decide(LocalDate.of(2025, 9, 12), "NOT_TO_ASSESS", TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> requests().update(stale, request.version())));
        EhcRequest still = find(request.id()).orElseThrow();
        assertEquals(List.of(EhcRequest.Decision.ASSESS, decided.version()), List.of(still.decision(), still.version()));
    }

    @Test
    public void advice_asked_and_answered_is_read_back_and_the_same_answer_stored_again_adds_nothing() {
        ChildId child = ChildId.newId();
        EhcRequest asked = assessingWithAdviceAsked(child, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15),
                "social-care", "education-skills");
        EhcRequest answered = store(asked, r -> r.adviceReceived("social-care", LocalDate.of(2025, 10, 1))
                .orElseThrow().after());
        // the same answer, stored again from the version it now has: a repeat of an event, nothing new
        inUnitOfWork(() -> requests().update(answered.adviceReceived("social-care", LocalDate.of(2025, 10, 1))
                .map(c -> c.after()).orElse(answered), answered.version()));

        EhcRequest read = find(asked.id()).orElseThrow();
        assertEquals(2, read.advice().size(), read.advice().toString());
        var social = read.advice().stream().filter(a -> a.adviser().equals("social-care")).findFirst().orElseThrow();
        assertEquals(List.of(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 1)),
                List.of(social.requestedOn(), social.dueBy(), social.receivedOn()));
        assertEquals(List.of("education-skills"), due(null, null, List.of(child), new Slice(1, 10)).items().stream()
                .map(AdviceDue::adviser).toList(), "answered advice is no longer due");
    }

    @Test
    public void advice_a_practitioner_gave_is_read_back_with_who_gave_it_and_its_gist() {
        ChildId child = ChildId.newId();
        EhcRequest asked = assessingWithAdviceAsked(child, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15),
                "social-care", "education-skills");
        store(asked, r -> r.adviceGiven("education-skills", LocalDate.of(2025, 10, 2), "senco.jones",
                "needs a speech and language assessment", TODAY).after());

        var given = find(asked.id()).orElseThrow().advice().stream()
                .filter(a -> a.adviser().equals("education-skills")).findFirst().orElseThrow();
        assertEquals(List.of(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 2),
                        "senco.jones", "needs a speech and language assessment"),
                List.of(given.requestedOn(), given.dueBy(), given.receivedOn(), given.answeredBy(), given.summary()));
        assertEquals(List.of("social-care"), due(null, null, List.of(child), new Slice(1, 10)).items().stream()
                .map(AdviceDue::adviser).toList(), "given advice is no longer due");
    }

    @Test
    public void advice_due_is_by_adviser_and_due_date_among_the_scopes_children_earliest_first_a_page_at_a_time() {
        ChildId first = ChildId.newId();
        ChildId second = ChildId.newId();
        ChildId unseen = ChildId.newId();
        EhcRequest late = assessingWithAdviceAsked(first, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 16),
                "social-care", "education-skills");
        EhcRequest early = assessingWithAdviceAsked(second, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 12),
                "social-care");
        assessingWithAdviceAsked(unseen, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10), "social-care");
        List<ChildId> mine = List.of(first, second);

        Page<AdviceDue> all = due(null, null, mine, new Slice(1, 10));
        assertEquals(3, all.total());
        assertEquals(List.of(early.id(), late.id(), late.id()), all.items().stream().map(AdviceDue::requestId).toList(),
                "earliest due first; the child outside the scope is not there");
        AdviceDue firstDue = all.items().getFirst();
        assertEquals(List.of(second, "social-care", LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 23),
                early.version()), List.of(firstDue.childId(), firstDue.adviser(), firstDue.requestedOn(),
                firstDue.dueBy(), firstDue.version()));

        assertEquals(2, due("social-care", null, mine, new Slice(1, 10)).total());
        assertEquals(List.of(early.id()), due(null, LocalDate.of(2025, 7, 1), mine, new Slice(1, 10)).items().stream()
                .map(AdviceDue::requestId).toList(), "due before the day given");
        Page<AdviceDue> second2 = due(null, null, mine, new Slice(2, 2));
        assertEquals(3, second2.total(), "the total counts the whole selection, whatever the page");
        assertEquals(1, second2.items().size());
        assertTrue(inUnitOfWork(() -> requests().adviceDue(null, null, ListScope.everyChild(), new Slice(1, 500)))
                .items().stream().anyMatch(d -> d.childId().equals(unseen)), "the whole partnership sees every child");
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        EhcRequest request = EhcRequest.receive(UUID.randomUUID(), ChildId.newId(), null, LocalDate.of(2025, 9, 1),
                TODAY).after();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            requests().add(request);
            throw new IllegalStateException("the use case failed after storing the request");
        }));
        assertEquals(Optional.empty(), find(request.id()));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        EhcRequest request = received(ChildId.newId(), LocalDate.of(2025, 9, 1));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String decision : List.of("ASSESS", "NOT_TO_ASSESS")) {
            EhcRequest after = request.decide(LocalDate.of(2025, 9, 10), decision, TODAY).after();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> requests().update(after, request.version()));
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
        assertEquals(request.version() + 1, find(request.id()).orElseThrow().version());
    }
}
