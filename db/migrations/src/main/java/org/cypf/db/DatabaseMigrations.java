package org.cypf.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Brings a database up to date: one Flyway run per schema (each with its own history table and its own
 * folder {@code db/migration/<schema>}), then the roles and grants that make each schema private to its context.
 * Idempotent: safe to run at every start.
 */
public final class DatabaseMigrations {
    private final String jdbcUrl;
    private final String user;
    private final String password;

    public DatabaseMigrations(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /** Migrates every schema and (re)applies the grants; returns the number of migrations applied. */
    public int migrate() {
        int applied = 0;
        for (String schema : Schemas.ALL) {
            applied += Flyway.configure()
                    .dataSource(jdbcUrl, user, password)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .table("flyway_schema_history")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        }
        applyGrants();
        return applied;
    }

    private void applyGrants() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            for (String statement : grantStatements()) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply the per-context roles and grants", e);
        }
    }

    /** The whole privilege model in one place, so an auditor can read it (ADR 0004). */
    static List<String> grantStatements() {
        List<String> sql = new ArrayList<>();
        for (String schema : Schemas.ALL) {
            String role = Schemas.roleFor(schema);
            // Roles are cluster-wide; two databases on one server share them, so creation must tolerate a race.
            sql.add("""
                    do $$ begin
                      create role %1$s nologin;
                    exception when duplicate_object then null; when unique_violation then null;
                    end $$""".formatted(role));
            // The migrating login must be able to SET ROLE to it (a superuser can anyway).
            sql.add("""
                    do $$ begin
                      if not (select rolsuper from pg_roles where rolname = current_user) then
                        execute format('grant %%I to %%I', '%1$s', current_user);
                      end if;
                    end $$""".formatted(role));
            sql.add("revoke all on schema %s from public".formatted(schema));
            sql.add("grant usage on schema %s to %s".formatted(schema, role));
            sql.add("grant select, insert, update, delete on all tables in schema %s to %s".formatted(schema, role));
            sql.add("grant usage, select on all sequences in schema %s to %s".formatted(schema, role));
        }
        // The access audit is append-only for everyone, governance included: entries are never changed or removed.
        for (String table : List.of("child_record_access", "access_audit_link", "access_audit_seal")) {
            sql.add("revoke update, delete, truncate on governance.%s from %s".formatted(table, Schemas.roleFor(Schemas.GOVERNANCE)));
        }
        for (String schema : Schemas.CONTEXTS) {
            String role = Schemas.roleFor(schema);
            // Every context publishes events and keeps an inbox; nothing else of the platform is theirs.
            sql.add("grant usage on schema platform to " + role);
            sql.add("grant insert on platform.outbox to " + role);
            sql.add("grant select, insert on platform.inbox to " + role);
            sql.add("grant usage on all sequences in schema platform to " + role);
            // A notification sent once per fact is marked in the unit of work that sends it (ADR 0108).
            sql.add("grant insert on platform.notification_sent to " + role);
            if (!schema.equals(Schemas.GOVERNANCE)) {
                // Access to a child's record is audited in the same transaction as the access: append-only.
                sql.add("grant usage on schema governance to " + role);
                sql.add("grant insert on governance.child_record_access to " + role);
                sql.add("grant usage on sequence governance.child_record_access_access_id_seq to " + role);
                // A context's creating user becomes involved with the child in the same transaction (ADR 0032).
                sql.add("grant insert on governance.involvement to " + role);
            }
        }
        return sql;
    }
}
