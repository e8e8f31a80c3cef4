package org.cypf.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start on an existing database skips Flyway only when every schema's history matches the migrations on the
 * class path by Flyway's own checksum (ADR 0110); anything else still goes through Flyway and its validation.
 */
class DatabaseMigrationsTest {
    private static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.startEphemeral();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_migrated_database_is_up_to_date_and_a_second_start_applies_nothing() {
        var migrations = migrations("up_to_date");
        assertFalse(migrations.upToDate(), "a fresh database has no history: Flyway decides");
        assertTrue(migrations.migrate() > 0);
        assertTrue(migrations.upToDate(), "every script's checksum matches Flyway's, in every schema");
        assertEquals(0, migrations.migrate());
    }

    @Test
    void an_edited_migration_is_not_up_to_date_and_flyway_still_refuses_it() throws Exception {
        var migrations = migrations("edited");
        migrations.migrate();
        execute("edited", "update social_care.flyway_schema_history set checksum = checksum + 1 where version = '1'");
        assertFalse(migrations.upToDate(), "a script whose checksum differs from the one applied");
        assertThrows(FlywayException.class, migrations::migrate, "Flyway's validation stops the start, as before");
    }

    @Test
    void a_migration_not_yet_applied_or_a_failed_one_is_not_up_to_date() throws Exception {
        var migrations = migrations("pending");
        migrations.migrate();
        execute("pending", "delete from platform.flyway_schema_history where installed_rank = "
                + "(select max(installed_rank) from platform.flyway_schema_history)");
        assertFalse(migrations.upToDate(), "the last platform migration is missing from the history");

        var failed = migrations("failed");
        failed.migrate();
        execute("failed", "update governance.flyway_schema_history set success = false where version = '1'");
        assertFalse(failed.upToDate(), "a migration recorded as failed");
    }

    private static DatabaseMigrations migrations(String database) {
        return new DatabaseMigrations(server.ensureDatabase(database), EmbeddedPostgresServer.SUPERUSER, "");
    }

    private static void execute(String database, String sql) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(database), EmbeddedPostgresServer.SUPERUSER, "");
             var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
