package org.cypf.governance.retention.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.kernel.problem.Conflict;
import org.junit.jupiter.api.Test;

/**
 * What every store of reviewed anonymisations must do (ADR 0034, ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store of the same proposals runs it too.
 *
 * <p>The promises: a proposal added is read back whole by its id, and an id that names none finds nothing; a proposal
 * is waiting for its record (context, record type and record id, all three) until it is carried out; a second
 * proposal for a record while one waits is refused with {@link Conflict}, keeping the first, and one made after the
 * first was carried out is kept; the carrying out is stored only while the proposal waits, so of two approvals (one
 * after the other, or at once) one is stored and the other told it was not; what a unit of work proposed is gone when
 * it rolls back. Each test names records of its own.
 */
public abstract class AnonymisationsContract {
    private static final Instant PROPOSED = Instant.parse("2025-06-02T09:00:00Z");
    private static final Anonymisation.Person PROPOSER = new Anonymisation.Person("records.lee", "council");
    private static final Anonymisation.Person APPROVER = new Anonymisation.Person("dpo.khan", "council");
    private static final Anonymisation.Person OTHER_APPROVER = new Anonymisation.Person("dpo.deputy", "council");

    protected abstract Anonymisations anonymisations();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static Anonymisation proposal(String context, String recordType, UUID recordId) {
        return Anonymisation.proposed(UUID.randomUUID(), context, recordType, recordId, "CARE-RECORD",
                LocalDate.of(2025, 5, 1), "75 years after the date of birth have passed", PROPOSER, PROPOSED);
    }

    private Anonymisation added(UUID recordId) {
        Anonymisation p = proposal("social-care", "CHILD", recordId);
        inUnitOfWork(() -> anonymisations().add(p));
        return p;
    }

    private boolean carryOut(Anonymisation p, Anonymisation.Person approver) {
        return inUnitOfWork(() -> anonymisations().carriedOut(p.carriedOut(approver, PROPOSED.plusSeconds(3_600))));
    }

    private boolean waiting(String context, String recordType, UUID recordId) {
        return inUnitOfWork(() -> anonymisations().proposalWaiting(context, recordType, recordId));
    }

    private Optional<Anonymisation> find(UUID id) {
        return inUnitOfWork(() -> anonymisations().find(id));
    }

    @Test
    public void a_proposal_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        Anonymisation p = added(UUID.randomUUID());
        assertEquals(Optional.of(p), find(p.id()));
        assertEquals(Anonymisation.PROPOSED, find(p.id()).orElseThrow().status());
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_proposal_waits_for_its_own_record_until_it_is_carried_out() {
        UUID record = UUID.randomUUID();
        Anonymisation p = added(record);
        assertTrue(waiting("social-care", "CHILD", record));
        assertFalse(waiting("education-skills", "CHILD", record));
        assertFalse(waiting("social-care", "REFERRAL", record));
        assertFalse(waiting("social-care", "CHILD", UUID.randomUUID()));
        assertTrue(carryOut(p, APPROVER));
        assertFalse(waiting("social-care", "CHILD", record));
    }

    @Test
    public void a_second_proposal_while_one_waits_is_refused_and_one_after_it_was_carried_out_is_kept() {
        UUID record = UUID.randomUUID();
        Anonymisation first = added(record);
        Anonymisation second = proposal("social-care", "CHILD", record);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> anonymisations().add(second)));
        assertEquals(Optional.empty(), find(second.id()));
        assertEquals(Optional.of(first), find(first.id()));

        carryOut(first, APPROVER);
        Anonymisation later = added(record);
        assertEquals(Optional.of(later), find(later.id()));
    }

    @Test
    public void the_carrying_out_is_stored_once_and_a_second_is_told_it_was_not() {
        Anonymisation p = added(UUID.randomUUID());
        assertTrue(carryOut(p, APPROVER));
        assertFalse(carryOut(p, OTHER_APPROVER));
        Anonymisation read = find(p.id()).orElseThrow();
        assertEquals(List.of(APPROVER, PROPOSED.plusSeconds(3_600), Anonymisation.CARRIED_OUT),
                List.of(read.approvedBy(), read.carriedOutAt(), read.status()));
        assertEquals(p.carriedOut(APPROVER, PROPOSED.plusSeconds(3_600)), read);
    }

    @Test
    public void what_a_unit_of_work_proposed_is_gone_when_it_rolls_back() {
        UUID record = UUID.randomUUID();
        Anonymisation p = proposal("social-care", "CHILD", record);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            anonymisations().add(p);
            throw new IllegalStateException("the use case failed after proposing");
        }));
        assertEquals(Optional.empty(), find(p.id()));
        assertFalse(waiting("social-care", "CHILD", record));
        added(record); // nothing left waiting to refuse it
    }

    @Test
    public void two_approvals_at_once_store_one_and_tell_the_other_it_was_not() throws Exception {
        Anonymisation p = added(UUID.randomUUID());
        List<Callable<Boolean>> approvals = new ArrayList<>();
        for (Anonymisation.Person approver : List.of(APPROVER, OTHER_APPROVER)) {
            approvals.add(() -> carryOut(p, approver));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(approvals)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one not: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Anonymisation.CARRIED_OUT, find(p.id()).orElseThrow().status());
    }
}
