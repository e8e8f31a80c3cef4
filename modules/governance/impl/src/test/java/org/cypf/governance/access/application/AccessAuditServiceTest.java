package org.cypf.governance.access.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.AuditEntry;
import org.cypf.governance.api.access.AuditQuery;
import org.cypf.governance.api.access.AuditVerification;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident access audit on PostgreSQL: each test on a fresh database, with accesses written as a context
 * writes them, sealed as the scheduled sealer seals, and tampered with as only a superuser can (by switching the
 * append-only triggers off for its session).
 */
class AccessAuditServiceTest {
    private static final Caller SEALER = Caller.system("app.audit-sealer");
    private static final Caller AUDITOR = new Caller("ig.okafor", "council", "auditor", null);
    private static final Caller WORKER = new Caller("sw.smith", "council", "social-worker", null);
    private static final AccessIntent READ = new AccessIntent("social-care", "period-of-care", RecordAction.READ,
            "viewing a child's period of care");

    private GovernanceFixture f;
    private AccessAudit audit;

    @BeforeEach
    void start() {
        f = GovernanceFixture.start("access audit chain");
        audit = f.context.accessAudit();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private ChildId access(Caller caller) {
        ChildId child = ChildId.newId();
        f.callerDb.run(() -> f.context.childRecordAccess().authorise(caller, READ, child));
        return child;
    }

    private long idOf(ChildId child) {
        return f.count("select access_id from governance.child_record_access where child_id = ?", child.value());
    }

    /** As a superuser whose session fires no triggers: the only way past the append-only rule. */
    private void tamper(String sql, Object... binds) {
        f.admin.transaction(c -> {
            c.dsl().execute("set local session_replication_role = replica");
            c.dsl().execute(sql, binds);
        });
    }

    private static List<String> kinds(AuditVerification v) {
        return v.findings().stream().map(AuditVerification.Finding::kind).toList();
    }

    @Test
    void sealed_accesses_verify_and_a_second_sealing_continues_the_chain() {
        access(WORKER);
        access(WORKER);
        var first = audit.seal(SEALER);
        assertEquals(1, first.sealId());
        assertEquals(2, first.rowsSealed());
        access(WORKER);
        var second = audit.seal(SEALER);
        assertEquals(2, second.sealId());
        assertEquals(1, second.rowsSealed());
        assertEquals(3, second.chainLength());
        assertEquals(0, audit.seal(SEALER).rowsSealed(), "nothing new: no seal");

        var v = audit.verify(AUDITOR);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(3, v.sealedRows());
        assertEquals(2, v.seals());
        assertEquals(second.sealHash(), v.sealHash());
    }

    @Test
    void an_edited_row_is_detected() {
        ChildId child = access(WORKER);
        access(WORKER);
        audit.seal(SEALER);

        tamper("update governance.child_record_access set purpose = 'nothing to see' where child_id = ?", child.value());

        var v = audit.verify(AUDITOR);
        assertFalse(v.intact());
        assertEquals(List.of("EDITED"), kinds(v));
        assertEquals(idOf(child), v.findings().getFirst().accessId());
    }

    @Test
    void a_deleted_row_is_detected() {
        access(WORKER);
        ChildId child = access(WORKER);
        audit.seal(SEALER);
        long id = idOf(child);

        tamper("delete from governance.child_record_access where child_id = ?", child.value());

        var v = audit.verify(AUDITOR);
        assertEquals(List.of("DELETED"), kinds(v));
        assertEquals(id, v.findings().getFirst().accessId());
    }

    @Test
    void a_row_inserted_into_sealed_history_is_detected() {
        ChildId child = access(WORKER);
        audit.seal(SEALER);

        // A forged row dated into the sealed past: same transaction as a real one, so it looks written back then.
        tamper("""
                insert into governance.child_record_access (user_id, organisation, role, context, record_type, action,
                  child_id, purpose, decision, rule, written_by_tx, occurred_at)
                select 'sw.smith', 'council', 'social-worker', 'social-care', 'period-of-care', 'READ', gen_random_uuid(),
                  'forged', 'PERMITTED', 'ROLE-AND-AGREEMENT', written_by_tx, occurred_at
                from governance.child_record_access where child_id = ?""", child.value());

        var v = audit.verify(AUDITOR);
        assertEquals(List.of("INSERTED"), kinds(v));
    }

    @Test
    void a_removed_link_and_its_row_break_the_chain() {
        access(WORKER);
        ChildId child = access(WORKER);
        access(WORKER);
        audit.seal(SEALER);
        long id = idOf(child);

        tamper("delete from governance.access_audit_link where access_id = ?", id);
        tamper("delete from governance.child_record_access where access_id = ?", id);

        assertTrue(kinds(audit.verify(AUDITOR)).contains("BROKEN_CHAIN"));
    }

    @Test
    void the_audit_and_its_chain_refuse_update_and_delete_even_to_a_superuser_who_leaves_the_triggers_on() {
        ChildId child = access(WORKER);
        audit.seal(SEALER);
        for (String sql : List.of("update governance.child_record_access set purpose = 'x' where child_id = ?",
                "delete from governance.child_record_access where child_id = ?",
                "update governance.access_audit_link set hash = repeat('0', 64) where access_id = (select access_id from governance.child_record_access where child_id = ?)",
                "delete from governance.access_audit_seal where seal_id = 1 and ? is not null")) {
            var e = assertThrows(DataAccessException.class, () -> f.admin.execute(sql, child.value()), sql);
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
        assertThrows(DataAccessException.class, () -> f.admin.execute("truncate governance.access_audit_seal"));
        assertTrue(audit.verify(AUDITOR).intact());
    }

    @Test
    void a_row_of_a_transaction_still_open_is_not_sealed_past_but_sealed_once_it_commits() throws SQLException {
        access(WORKER);
        ChildId late = ChildId.newId();
        try (Connection open = DriverManager.getConnection(f.target.jdbcUrl(), f.target.user(), f.target.password())) {
            open.setAutoCommit(false);
            try (var insert = open.prepareStatement("""
                    insert into governance.child_record_access (user_id, organisation, role, context, record_type, action,
                      child_id, purpose, decision, rule) values ('sw.smith', 'council', 'social-worker', 'social-care',
                      'period-of-care', 'READ', ?, 'a slow request', 'PERMITTED', 'ROLE-AND-AGREEMENT')""")) {
                insert.setObject(1, late.value());
                insert.executeUpdate();
            }
            ChildId after = access(WORKER); // commits while the slow one is still open, with a later id
            var sealing = audit.seal(SEALER);
            assertEquals(1, sealing.rowsSealed(), "only the row written before the slow transaction began");
            assertEquals(0, f.count("select count(*) from governance.access_audit_link where access_id = ?", idOf(after)),
                    "a later transaction's row waits until every earlier one has ended");
            open.commit();
        }
        assertEquals(2, audit.seal(SEALER).rowsSealed());
        var v = audit.verify(AUDITOR);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(3, v.sealedRows());
    }

    @Test
    void sealers_running_together_while_accesses_are_written_build_one_unbroken_chain() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var writer = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    access(WORKER);
                }
            });
            List<java.util.concurrent.Future<Long>> sealers = List.of(1, 2).stream().map(n -> pool.submit(() -> {
                long sealed = 0;
                for (int i = 0; i < 10; i++) {
                    sealed += audit.seal(SEALER).rowsSealed();
                }
                return sealed;
            })).toList();
            writer.get();
            long sealed = sealers.get(0).get() + sealers.get(1).get();
            sealed += audit.seal(SEALER).rowsSealed();
            assertEquals(30, sealed, "every row sealed exactly once");
        } finally {
            pool.shutdownNow();
        }
        var v = audit.verify(AUDITOR);
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(30, v.sealedRows());
        assertEquals(0, v.unsealedRows());
    }

    @Test
    void only_an_auditor_verifies_or_reads_the_audit_and_a_refusal_naming_a_child_is_audited() {
        ChildId child = access(WORKER);
        assertThrows(AccessDenied.class, () -> audit.verify(WORKER));
        assertThrows(AccessDenied.class, () -> audit.seal(WORKER));
        assertThrows(AccessDenied.class, () -> audit.entries(new Caller("a", "council", "performance-analyst", null),
                new AuditQuery(child.value(), null, null, null, 1, 10)));
        assertThrows(AccessDenied.class, () -> audit.entries(SEALER, new AuditQuery(null, null, null, null, 1, 10)));

        var refused = f.rows("select * from governance.child_record_access where child_id = ? and context = 'governance'",
                child.value());
        assertEquals(1, refused.size());
        assertEquals("DENIED", refused.getFirst().get("decision"));
        assertEquals("ROLE-NOT-PERMITTED", refused.getFirst().get("rule"));
    }

    @Test
    void an_auditor_reads_by_child_user_and_period_a_page_at_a_time_and_the_reading_is_audited() {
        ChildId child = ChildId.newId();
        for (int i = 0; i < 3; i++) {
            f.callerDb.run(() -> f.context.childRecordAccess().authorise(WORKER, READ, child));
        }
        assertThrows(AccessDenied.class, () -> access(new Caller("hv.khan", "nhs", "health-visitor", null)),
                "no health visitor's grant covers a period of care");
        audit.seal(SEALER);

        var page1 = audit.entries(AUDITOR, new AuditQuery(child.value(), null, null, null, 1, 2));
        assertEquals(3, page1.total());
        assertEquals(2, page1.entries().size());
        assertTrue(page1.hasNext());
        assertTrue(page1.entries().stream().allMatch(AuditEntry::sealed));
        assertTrue(page1.entries().getFirst().accessId() > page1.entries().get(1).accessId(), "newest first");
        var page2 = audit.entries(AUDITOR, new AuditQuery(child.value(), null, null, null, 2, 2));
        assertEquals(4, page2.total(), "the auditor's reading of page 1 is itself an entry about the child");
        assertEquals(2, page2.entries().size());
        assertFalse(page2.hasNext());

        var byUser = audit.entries(AUDITOR, new AuditQuery(null, "hv.khan", null, null, 1, 10));
        assertEquals(List.of("ROLE-NOT-PERMITTED"), byUser.entries().stream().map(AuditEntry::rule).toList());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London")); // the database stamps rows with its own clock
        assertEquals(0, audit.entries(AUDITOR, new AuditQuery(null, null, LocalDate.of(2001, 1, 1),
                LocalDate.of(2001, 12, 31), 1, 10)).total(), "nothing was audited in 2001");
        assertTrue(audit.entries(AUDITOR, new AuditQuery(null, null, today.minusDays(1), today.plusDays(1), 1, 10))
                .total() >= 4);

        var reads = f.rows("""
                select * from governance.child_record_access
                 where child_id = ? and context = 'governance' and record_type = 'access-audit'""", child.value());
        assertEquals(3, reads.size(), "each page that showed the child (two by child, one by period) audited the reading once");
        assertEquals("ig.okafor", reads.getFirst().get("user_id"));
        assertEquals("auditor", reads.getFirst().get("role"));
        assertEquals("AUDITOR-ROLE", reads.getFirst().get("rule"));
        assertEquals("PERMITTED", reads.getFirst().get("decision"));
        assertTrue(audit.verify(AUDITOR).intact());
    }

    @Test
    void a_bad_query_is_refused_naming_each_field() {
        var e = assertThrows(InvalidInput.class, () -> new AuditQuery(null, " ", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1), 0, AuditQuery.MAX_PAGE_SIZE + 1));
        assertEquals(Set.of("page", "size", "user", "to"),
                Set.copyOf(e.violations().stream().map(v -> v.field()).toList()));
    }
}
