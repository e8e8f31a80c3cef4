package org.cypf.governance.access.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.governance.access.application.AccessAuditService;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AuditLink;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.AuditSealing;
import org.cypf.governance.api.access.AuditVerification;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.transaction.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the access audit and its hash chain ({@link AccessAuditLog} and {@link AuditTrail} together)
 * must do (ADR 0097, ADR 0020): the jOOQ stores on PostgreSQL pass it, and so does {@code InMemoryAccessAudit}.
 * The suite seals and verifies through governance's own {@link AccessAuditService}, so what it checks is the chain as
 * an auditor sees it.
 *
 * <p>The promises: entries appended are read back with every field, in the order written, those of one unit of work
 * together; entries appended with the current change vanish when the caller's unit of work (a context's) rolls back,
 * and are refused outside a unit of work, while those appended on their own stay whatever becomes of the caller's, governance's own
 * unit of work included; a sealing links every entry once,
 * in order, and the chain then verifies; sealing with nothing new adds nothing; an entry edited or deleted behind the
 * store's back is found, by its id; entries are read newest first a page at a time, with the total, by child;
 * entries appended from several threads at once are all kept and each sealed once. Each test starts from an empty
 * audit: a suite that tampers must not leave its tampering to the next test.
 */
public abstract class AccessAuditContract {
    private static final Caller SEALER = Caller.system("governance.audit-sealer");

    /** Makes an empty audit for the next test (a fresh database, or a fresh in-memory store). */
    protected abstract void startEmpty();

    protected abstract AccessAuditLog log();

    protected abstract AuditTrail trail();

    /** Governance's unit of work over the store. */
    protected abstract UnitOfWork unitOfWork();

    /**
     * Runs {@code work} in the unit of work of a caller of the audit: a context's use case, on its own database, whose
     * change the audit's entries join or, for a refusal, stay out of. Commits when it returns.
     */
    protected abstract void inCallersUnitOfWork(Runnable work);

    /** Changes the stored entry's purpose behind the store's back, as only someone with the database's keys could. */
    protected abstract void editPurpose(long accessId, String purpose);

    /** Deletes the stored entry behind the store's back. */
    protected abstract void delete(long accessId);

    private AccessAudit audit;

    @BeforeEach
    public final void emptyAudit() {
        startEmpty();
        audit = new AccessAuditService(unitOfWork(), trail(), log(), ChildRecordAccessContract.policy(),
                ChildRecordAccessContract.CLOCK);
    }

    private static AccessEntry entry(UUID child, boolean permitted, String purpose) {
        return new AccessEntry("sw.smith", "council", "social-worker", "social-care", "period-of-care", "READ", child,
                purpose, permitted, permitted ? "ROLE-AND-AGREEMENT" : "NOT-INVOLVED", "DSA-SAFEGUARDING",
                "https://idp.example.org");
    }

    private void appendWithChange(AccessEntry... entries) {
        unitOfWork().run(() -> log().appendWithCurrentChange(List.of(entries)));
    }

    private List<AuditedAccess> rows() {
        return unitOfWork().inTransaction(() -> trail().rows());
    }

    private static List<String> kinds(AuditVerification v) {
        return v.findings().stream().map(AuditVerification.Finding::kind).toList();
    }

    @Test
    public void entries_are_read_back_with_every_field_in_the_order_written_a_unit_of_work_together() {
        UUID child = UUID.randomUUID();
        appendWithChange(entry(child, true, "first"), entry(null, true, "second"));
        log().appendOnItsOwn(List.of(entry(child, false, "third")));

        List<AuditedAccess> rows = rows();
        assertEquals(List.of("first", "second", "third"), rows.stream().map(AuditedAccess::purpose).toList());
        AuditedAccess first = rows.getFirst();
        assertEquals(List.of("sw.smith", "council", "social-worker", "social-care", "period-of-care", "READ",
                        "PERMITTED", "ROLE-AND-AGREEMENT", "DSA-SAFEGUARDING", "https://idp.example.org"),
                List.of(first.userId(), first.organisation(), first.role(), first.context(), first.recordType(),
                        first.action(), first.decision(), first.rule(), first.agreement(), first.issuer()));
        assertEquals(child, first.childId());
        assertEquals(null, rows.get(1).childId(), "a decision about no one child names none");
        assertEquals("DENIED", rows.get(2).decision());
        assertEquals(rows.get(0).writtenByTx(), rows.get(1).writtenByTx(), "one unit of work, one transaction");
        assertTrue(Long.compareUnsigned(rows.get(1).writtenByTx(), rows.get(2).writtenByTx()) < 0);
        assertTrue(rows.get(0).accessId() < rows.get(1).accessId() && rows.get(1).accessId() < rows.get(2).accessId());
    }

    @Test
    public void entries_of_a_change_that_rolls_back_vanish_and_those_appended_on_their_own_stay() {
        assertThrows(IllegalStateException.class, () -> inCallersUnitOfWork(() -> {
            log().appendWithCurrentChange(List.of(entry(UUID.randomUUID(), true, "rolled back")));
            log().appendOnItsOwn(List.of(entry(UUID.randomUUID(), false, "refused")));
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(List.of("refused"), rows().stream().map(AuditedAccess::purpose).toList());
    }

    /**
     * Governance's own use cases (subject access, retention, legal holds) refuse inside governance's unit of work: the
     * refusal's entry must not join it, or a rollback of that unit would take the refusal's only record with it.
     */
    @Test
    public void a_refusal_appended_on_its_own_inside_the_audits_own_unit_of_work_stays_when_that_unit_rolls_back() {
        assertThrows(IllegalStateException.class, () -> unitOfWork().run(() -> {
            log().appendWithCurrentChange(List.of(entry(UUID.randomUUID(), true, "rolled back")));
            log().appendOnItsOwn(List.of(entry(UUID.randomUUID(), false, "refused")));
            throw new IllegalStateException("governance's change failed");
        }));
        assertEquals(List.of("refused"), rows().stream().map(AuditedAccess::purpose).toList());
    }

    @Test
    public void appending_with_the_current_change_outside_a_unit_of_work_is_refused() {
        assertThrows(IllegalStateException.class,
                () -> log().appendWithCurrentChange(List.of(entry(UUID.randomUUID(), true, "nowhere"))));
        assertEquals(List.of(), rows());
    }

    @Test
    public void a_sealing_links_every_entry_once_in_order_and_the_chain_verifies() {
        for (int i = 0; i < 5; i++) {
            appendWithChange(entry(UUID.randomUUID(), true, "access " + i));
        }
        AuditSealing first = audit.seal(SEALER);
        assertEquals(5, first.rowsSealed());
        assertEquals(5, first.chainLength());

        AuditSealing nothingNew = audit.seal(SEALER);
        assertEquals(0, nothingNew.rowsSealed(), "nothing new: no seal");
        assertEquals(first.sealHash(), nothingNew.sealHash());

        appendWithChange(entry(UUID.randomUUID(), true, "later"), entry(UUID.randomUUID(), false, "later too"));
        AuditSealing second = audit.seal(SEALER);
        assertEquals(2, second.rowsSealed());
        assertEquals(7, second.chainLength());

        List<AuditLink> links = unitOfWork().inTransaction(() -> trail().links());
        assertEquals(rows().stream().map(AuditedAccess::accessId).toList(),
                links.stream().map(AuditLink::accessId).toList(), "each entry linked once, in the order written");
        AuditVerification v = audit.verify(SEALER);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(7, v.sealedRows());
        assertEquals(0, v.unsealedRows());
        assertEquals(2, v.seals());
        assertEquals(second.sealHash(), v.sealHash());
    }

    @Test
    public void an_entry_edited_behind_the_stores_back_is_found() {
        appendWithChange(entry(UUID.randomUUID(), true, "one"));
        appendWithChange(entry(UUID.randomUUID(), true, "two"));
        audit.seal(SEALER);
        long edited = rows().get(1).accessId();

        editPurpose(edited, "nothing to see");

        AuditVerification v = audit.verify(SEALER);
        assertFalse(v.intact());
        assertEquals(List.of("EDITED"), kinds(v));
        assertEquals(edited, v.findings().getFirst().accessId());
    }

    @Test
    public void an_entry_deleted_behind_the_stores_back_is_found() {
        appendWithChange(entry(UUID.randomUUID(), true, "one"));
        appendWithChange(entry(UUID.randomUUID(), true, "two"));
        audit.seal(SEALER);
        long deleted = rows().getFirst().accessId();

        delete(deleted);

        AuditVerification v = audit.verify(SEALER);
        assertFalse(v.intact());
        assertEquals(List.of("DELETED"), kinds(v));
        assertEquals(deleted, v.findings().getFirst().accessId());
    }

    @Test
    public void entries_are_read_newest_first_a_page_at_a_time_with_the_total_by_child() {
        UUID child = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            appendWithChange(entry(child, true, "read " + i));
            appendWithChange(entry(UUID.randomUUID(), true, "someone else " + i));
        }
        var byChild = new AuditTrail.Filter(child, null, null, null);
        var page = unitOfWork().inTransaction(() -> trail().entries(byChild, 0, 2));
        var rest = unitOfWork().inTransaction(() -> trail().entries(byChild, 2, 2));

        assertEquals(3L, (long) unitOfWork().inTransaction(() -> trail().count(byChild)));
        assertEquals(List.of("read 2", "read 1"), page.stream().map(e -> e.purpose()).toList());
        assertEquals(List.of("read 0"), rest.stream().map(e -> e.purpose()).toList());
        assertEquals(6L, (long) unitOfWork().inTransaction(() -> trail().count(new AuditTrail.Filter(null, null, null, null))));
    }

    @Test
    public void entries_appended_from_several_threads_at_once_are_all_kept_and_each_sealed_once() throws Exception {
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        if (i % 3 == 0) {
                            log().appendOnItsOwn(List.of(entry(UUID.randomUUID(), false, thread + "/" + i)));
                        } else {
                            appendWithChange(entry(UUID.randomUUID(), true, thread + "/" + i));
                        }
                        if (i == each / 2) {
                            audit.seal(SEALER); // sealing while others append
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        audit.seal(SEALER);

        List<AuditedAccess> rows = rows();
        assertEquals(threads * each, rows.size());
        assertEquals(threads * each, new HashSet<>(rows.stream().map(AuditedAccess::purpose).toList()).size());
        List<AuditLink> links = unitOfWork().inTransaction(() -> trail().links());
        assertEquals(threads * each, new HashSet<>(links.stream().map(AuditLink::accessId).toList()).size(),
                "each entry sealed once");
        AuditVerification v = audit.verify(SEALER);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(threads * each, v.sealedRows());
    }
}
