package org.cypf.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.cypf.db.DatabaseMigrations;
import org.cypf.db.EmbeddedPostgresServer;
import org.cypf.testing.TestDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database boundary between contexts holds in PostgreSQL itself, whatever the Java code tries. */
class ContextDatabaseTest {
    private static ContextDatabase socialCare;
    private static ContextDatabase education;

    @BeforeAll
    static void open() {
        var t = TestDatabase.fresh("context database");
        var settings = new DatabaseSettings(t.jdbcUrl(), t.user(), t.password());
        socialCare = ContextDatabase.open(settings, "social_care", 2);
        education = ContextDatabase.open(settings, "education_skills", 2);
    }

    @AfterAll
    static void close() {
        socialCare.close();
        education.close();
    }

    private static String refusal(ContextDatabase db, String sql) {
        var e = assertThrows(DataAccessException.class, () -> db.run(() -> db.transactionalDsl().execute(sql)));
        return e.getMessage();
    }

    /**
     * ADR 0123: a statement read alone runs in auto-commit (no transaction of its own to commit), and inside an open
     * unit of work on the same database joins it, so it sees that unit of work's own uncommitted rows.
     */
    @Test
    void a_statement_read_alone_runs_in_auto_commit_and_joins_an_open_unit_of_work() {
        assertEquals(Boolean.TRUE, education.readInOneStatement(dsl -> dsl.connectionResult(c -> c.getAutoCommit())));
        UUID registration = UUID.randomUUID();
        String held = "select count(*) from education_skills.virtual_school_child where registration_id = ?";
        long inside = education.<Long>inTransaction(() -> {
            education.transactionalDsl().execute("""
                    insert into education_skills.virtual_school_child (registration_id, child_id, date_of_birth,
                           entered_care_on, pep_due_by) values (?, ?, date '2014-02-03', date '2025-04-10',
                           date '2025-05-13')""", registration, UUID.randomUUID());
            return education.readInOneStatement(dsl -> dsl.fetchOne(held, registration).get(0, Long.class));
        });
        assertEquals(1, inside, "joined the open unit of work and saw its uncommitted row");
        long after = education.readInOneStatement(dsl -> dsl.fetchOne(held, registration).get(0, Long.class));
        assertEquals(1, after, "committed with the unit of work");
    }

    /**
     * ADR 0113: a page and its total are two statements. In a snapshot both see the roll as it was at the first, though
     * a child leaves it in between (committed by another unit of work); in a plain transaction the second sees the
     * change, which is how a page of the virtual school's roll once held more children than its total.
     */
    @Test
    void a_snapshot_reads_every_statement_as_of_its_first_and_a_plain_transaction_does_not() {
        UUID registration = UUID.randomUUID();
        education.run(() -> education.transactionalDsl().execute("""
                insert into education_skills.virtual_school_child (registration_id, child_id, date_of_birth,
                       entered_care_on, pep_due_by) values (?, ?, date '2014-02-03', date '2025-04-10', date '2025-05-13')""",
                registration, UUID.randomUUID()));
        String onRoll = "select count(*) from education_skills.virtual_school_child"
                + " where registration_id = ? and left_care_on is null";
        Runnable leavesCare = () -> CompletableFuture.runAsync(() -> education.run(() -> education.transactionalDsl()
                .execute("update education_skills.virtual_school_child set left_care_on = date '2025-09-01'"
                        + " where registration_id = ?", registration))).join();

        long[] snapshot = education.inSnapshot(() -> {
            long page = education.transactionalDsl().fetchOne(onRoll, registration).get(0, Long.class);
            leavesCare.run();
            return new long[] {page, education.transactionalDsl().fetchOne(onRoll, registration).get(0, Long.class)};
        });
        assertEquals(1, snapshot[0]);
        assertEquals(1, snapshot[1], "the count agrees with the page it is read beside");

        education.run(() -> education.transactionalDsl().execute(
                "update education_skills.virtual_school_child set left_care_on = null where registration_id = ?",
                registration));
        long[] plain = education.inTransaction(() -> {
            long page = education.transactionalDsl().fetchOne(onRoll, registration).get(0, Long.class);
            leavesCare.run();
            return new long[] {page, education.transactionalDsl().fetchOne(onRoll, registration).get(0, Long.class)};
        });
        assertEquals(1, plain[0]);
        assertEquals(0, plain[1], "read committed: the second statement sees the change committed in between");
        assertEquals("repeatable read", education.inSnapshot(() -> education.transactionalDsl()
                .fetchOne("show transaction_isolation").get(0, String.class)));
        assertEquals("read committed", education.inTransaction(() -> education.transactionalDsl()
                .fetchOne("show transaction_isolation").get(0, String.class)), "a plain unit of work is unchanged");
    }

    @Test
    void social_care_connection_runs_as_its_own_role() {
        String role = socialCare.inTransaction(() -> socialCare.transactionalDsl().fetchOne("select current_user").get(0, String.class));
        assertEquals("cypf_social_care", role);
    }

    @Test
    void social_care_is_refused_when_it_selects_from_education_tables() {
        assertTrue(refusal(socialCare, "select * from education_skills.virtual_school_child")
                .contains("permission denied for schema education_skills"));
    }

    @Test
    void education_is_refused_when_it_selects_from_social_care_tables() {
        assertTrue(refusal(education, "select * from social_care.child").contains("permission denied"));
    }

    @Test
    void contexts_may_append_to_the_outbox_and_the_access_audit_but_not_read_or_change_them() {
        assertTrue(refusal(socialCare, "select * from platform.outbox").contains("permission denied"));
        assertTrue(refusal(socialCare, "delete from platform.outbox").contains("permission denied"));
        assertTrue(refusal(socialCare, "select * from governance.child_record_access").contains("permission denied"));
        assertTrue(refusal(socialCare, "update governance.child_record_access set purpose = 'x'").contains("permission denied"));
        assertTrue(refusal(socialCare, "select * from governance.measure").contains("permission denied"));
        assertTrue(refusal(socialCare, "select * from platform.event_delivery").contains("permission denied"));
    }

    @Test
    void the_access_audit_is_append_only_even_for_governance() {
        var t = TestDatabase.fresh("audit append only");
        try (var governance = ContextDatabase.open(new DatabaseSettings(t.jdbcUrl(), t.user(), t.password()), "governance", 1)) {
            assertTrue(refusal(governance, "update governance.child_record_access set purpose = 'x'").contains("permission denied"));
            assertTrue(refusal(governance, "delete from governance.child_record_access").contains("permission denied"));
            long rows = governance.inTransaction(() -> governance.transactionalDsl()
                    .fetchOne("select count(*) from governance.child_record_access").get(0, Long.class));
            assertEquals(0, rows, "governance may read its audit");
        }
    }

    @Test
    void nested_units_of_work_on_one_database_join_and_roll_back_together() {
        assertThrows(IllegalStateException.class, () -> socialCare.run(() -> {
            socialCare.transactionalDsl().execute(
                    "insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (gen_random_uuid(), 'N1', '2015-01-01', '1')");
            socialCare.run(() -> socialCare.transactionalDsl().execute(
                    "insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (gen_random_uuid(), 'N2', '2015-01-01', '1')"));
            throw new IllegalStateException("the outer change fails");
        }));
        long children = socialCare.inTransaction(() ->
                socialCare.transactionalDsl().fetchOne("select count(*) from social_care.child where la_child_id in ('N1','N2')").get(0, Long.class));
        assertEquals(0, children);
    }

    @Test
    void when_the_server_is_gone_a_unit_of_work_fails_fast_as_database_unavailable() {
        // A server of its own, so stopping it disturbs no other test.
        var server = EmbeddedPostgresServer.startEphemeral();
        String url = server.ensureDatabase("outage");
        new DatabaseMigrations(url, EmbeddedPostgresServer.SUPERUSER, "").migrate();
        var settings = new DatabaseSettings(url, EmbeddedPostgresServer.SUPERUSER, "");
        assertEquals(Duration.ofSeconds(2), settings.connectionTimeout(), "the default wait for a connection");
        try (var db = ContextDatabase.open(settings, "social_care", 2)) {
            assertTrue(db.isReachable(Duration.ofSeconds(1)));
            server.close();

            long started = System.nanoTime();
            var refused = assertThrows(DatabaseUnavailable.class, () -> db.run(() -> db.transactionalDsl().execute("select 1")));
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMs < 5_000, "failed after " + waitedMs + " ms, not after the pool's old 10 s");
            assertEquals("the database of social_care is unavailable", refused.getMessage(), "names no data");
            assertEquals(Duration.ofSeconds(5), refused.retryAfter());

            started = System.nanoTime();
            assertFalse(db.isReachable(Duration.ofSeconds(1)));
            waitedMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMs < 1_500, "the health probe answered after " + waitedMs + " ms");
        }
    }

    @Test
    void a_statement_that_fails_for_its_own_reasons_is_not_mistaken_for_an_outage() {
        assertThrows(DataAccessException.class,
                () -> socialCare.run(() -> socialCare.transactionalDsl().execute("select 1/0")));
    }

    @Test
    void persistence_outside_a_unit_of_work_is_refused() {
        assertThrows(IllegalStateException.class, socialCare::transactionalDsl);
        assertThrows(IllegalStateException.class, CurrentTransaction::dsl);
    }

    @Test
    void a_unit_of_work_of_another_context_is_not_mistaken_for_ours() {
        assertThrows(IllegalStateException.class, () -> education.run(socialCare::transactionalDsl));
    }
}
