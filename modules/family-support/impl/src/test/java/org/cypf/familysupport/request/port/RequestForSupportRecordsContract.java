package org.cypf.familysupport.request.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.familysupport.request.domain.HandedOver;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of requests for support must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes
 * it on PostgreSQL; an integrator's store of the same requests runs it too.
 *
 * <p>The promises: a request added is read back whole by its id, and an id that names none finds nothing; a second
 * request under an id already held is refused with {@link Conflict} and the first kept; a request
 * stepped down from a contact is found by that contact, with what the front door handed over in the order it was
 * named, and a second one from the same contact is refused with {@link Conflict} and the first kept; a change is stored
 * only from the version it was made from, one from a stale version refused with {@link StaleVersion} and storing
 * nothing; the responses counted are those of the days asked, triaged or past due, and within target those triaged by
 * their due day; what a unit of work added is gone when it rolls back; two changes made at once from one version store
 * one and refuse the other. Each test works on children and contacts of its own, and counts days of its own.
 */
public abstract class RequestForSupportRecordsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract RequestForSupportRecords requests();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static RequestForSupport unstored(LocalDate on) {
        return RequestForSupport.received(UUID.randomUUID(), ChildId.newId(), on, "PARTNER", "Hillside Primary",
                "help with routines at home", "parent", on.minusDays(1), TODAY).after();
    }

    private RequestForSupport added(LocalDate on) {
        RequestForSupport request = unstored(on);
        inUnitOfWork(() -> requests().add(request));
        return request;
    }

    private RequestForSupport stored(RequestForSupport before, RequestForSupport after) {
        inUnitOfWork(() -> requests().update(after, before.version()));
        return after;
    }

    private Optional<RequestForSupport> find(UUID id) {
        return inUnitOfWork(() -> requests().find(id));
    }

    private static RequestForSupport steppedDown(UUID contact, LocalDate on) {
        return RequestForSupport.steppedDown(UUID.randomUUID(), ChildId.newId(), contact, on, "worries about school",
                new HandedOver("1A", LocalDate.of(2015, 2, 3), List.of(new HandedOver.Member("Sam", "mother"),
                        new HandedOver.Member("Alex", null)))).after();
    }

    @Test
    public void a_request_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        RequestForSupport request = added(LocalDate.of(2025, 3, 3));
        RequestForSupport read = find(request.id()).orElseThrow();
        assertEquals(List.of(request.childId(), LocalDate.of(2025, 3, 3), RequestForSupport.Requester.PARTNER,
                        "Hillside Primary", "help with routines at home", "parent", LocalDate.of(2025, 3, 2), 0L),
                List.of(read.childId(), read.receivedOn(), read.requestedBy(), read.partnerOrganisation(), read.need(),
                        read.consentGivenBy(), read.consentGivenOn(), read.version()));
        assertEquals(java.util.Arrays.asList(null, null, null), java.util.Arrays.asList(read.steppedDownFromContact(),
                read.handedOver(), read.triageOutcome()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_second_request_under_an_id_already_held_is_refused_and_the_first_kept() {
        RequestForSupport first = added(LocalDate.of(2025, 3, 3));
        RequestForSupport again = RequestForSupport.received(first.id(), ChildId.newId(), LocalDate.of(2025, 3, 9),
                "FAMILY", null, "a different need", "parent", LocalDate.of(2025, 3, 9), TODAY).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> requests().add(again)));
        RequestForSupport kept = find(first.id()).orElseThrow();
        assertEquals(List.of(first.childId(), LocalDate.of(2025, 3, 3), "help with routines at home"),
                List.of(kept.childId(), kept.receivedOn(), kept.need()));
    }

    @Test
    public void a_step_down_is_found_by_its_contact_with_what_was_handed_over_and_a_second_from_it_is_refused() {
        UUID contact = UUID.randomUUID();
        RequestForSupport first = steppedDown(contact, LocalDate.of(2025, 4, 1));
        inUnitOfWork(() -> requests().add(first));
        RequestForSupport read = inUnitOfWork(() -> requests().steppedDownFrom(contact)).orElseThrow();
        assertEquals(List.of(first.id(), contact, RequestForSupport.FRONT_DOOR, "worries about school"),
                List.of(read.id(), read.steppedDownFromContact(), read.partnerOrganisation(), read.need()));
        assertEquals(first.handedOver(), read.handedOver());
        assertEquals(Optional.empty(), inUnitOfWork(() -> requests().steppedDownFrom(UUID.randomUUID())));

        RequestForSupport second = steppedDown(contact, LocalDate.of(2025, 4, 2));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> requests().add(second)));
        assertEquals(first.id(), inUnitOfWork(() -> requests().steppedDownFrom(contact)).orElseThrow().id());
        assertEquals(Optional.empty(), find(second.id()));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        RequestForSupport request = added(LocalDate.of(2025, 3, 3));
        UUID service = UUID.randomUUID();
        RequestForSupport triaged = stored(request, request.triage(LocalDate.of(2025, 3, 5), "COMMUNITY_SERVICE",
                service, TODAY).after());
        RequestForSupport decided = stored(triaged, triaged.providerDecides(LocalDate.of(2025, 3, 9), "ACCEPTED",
                TODAY).after());
        RequestForSupport read = find(request.id()).orElseThrow();
        assertEquals(List.of(RequestForSupport.TriageOutcome.COMMUNITY_SERVICE, LocalDate.of(2025, 3, 5), service,
                        RequestForSupport.ProviderDecision.ACCEPTED, LocalDate.of(2025, 3, 9), decided.version()),
                List.of(read.triageOutcome(), read.triagedOn(), read.directoryServiceId(), read.providerDecision(),
                        read.providerDecidedOn(), read.version()));

        RequestForSupport stale = request.triage(LocalDate.of(2025, 3, 6), "EARLY_HELP", null, TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> requests().update(stale, request.version())));
        assertEquals(RequestForSupport.TriageOutcome.COMMUNITY_SERVICE,
                find(request.id()).orElseThrow().triageOutcome());
    }

    @Test
    public void consent_recorded_on_a_step_down_is_stored() {
        UUID contact = UUID.randomUUID();
        RequestForSupport request = steppedDown(contact, LocalDate.of(2025, 4, 1));
        inUnitOfWork(() -> requests().add(request));
        RequestForSupport consented = stored(request, request.recordConsent("father", LocalDate.of(2025, 4, 3),
                TODAY).after());
        RequestForSupport read = find(request.id()).orElseThrow();
        assertEquals(List.of("father", LocalDate.of(2025, 4, 3), consented.version()),
                List.of(read.consentGivenBy(), read.consentGivenOn(), read.version()));
    }

    @Test
    public void responses_count_the_days_asked_triaged_or_past_due_and_within_target_those_triaged_by_their_due_day() {
        LocalDate monday = LocalDate.of(2019, 3, 4);
        LocalDate tuesday = monday.plusDays(1);
        LocalDate notAsked = monday.plusDays(2);
        RequestForSupport inTime = added(monday);
        stored(inTime, inTime.triage(monday.plusDays(1), "INFORMATION_AND_ADVICE", null, TODAY).after());
        RequestForSupport late = added(monday);
        stored(late, late.triage(monday.plusDays(5), "EARLY_HELP", null, TODAY).after());
        added(tuesday); // not triaged, due on the 7th: past due as at the 10th, not as at the 6th
        RequestForSupport other = added(notAsked);
        stored(other, other.triage(notAsked, "EARLY_HELP", null, TODAY).after());

        Map<LocalDate, LocalDate> dueBy = new LinkedHashMap<>();
        dueBy.put(monday, monday.plusDays(2));
        dueBy.put(tuesday, tuesday.plusDays(2));
        assertEquals(3, inUnitOfWork(() -> requests().responses(dueBy, LocalDate.of(2019, 3, 10), false)));
        assertEquals(2, inUnitOfWork(() -> requests().responses(dueBy, LocalDate.of(2019, 3, 6), false)));
        assertEquals(1, inUnitOfWork(() -> requests().responses(dueBy, LocalDate.of(2019, 3, 10), true)));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        UUID contact = UUID.randomUUID();
        RequestForSupport request = steppedDown(contact, LocalDate.of(2025, 4, 1));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            requests().add(request);
            throw new IllegalStateException("the use case failed after adding the request");
        }));
        assertEquals(Optional.empty(), find(request.id()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> requests().steppedDownFrom(contact)));
        inUnitOfWork(() -> requests().add(steppedDown(contact, LocalDate.of(2025, 4, 2)))); // nothing left to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        RequestForSupport request = added(LocalDate.of(2025, 3, 3));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String outcome : List.of("INFORMATION_AND_ADVICE", "EARLY_HELP")) {
            RequestForSupport after = request.triage(LocalDate.of(2025, 3, 4), outcome, null, TODAY).after();
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
