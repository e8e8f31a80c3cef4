package org.cypf.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;

/**
 * Brings a database up to date: one Flyway run per schema (each with its own history table and its own
 * folder {@code db/migration/<schema>}), then the roles and grants that make each schema private to its context.
 * Idempotent: safe to run at every start.
 *
 * <p>A start on a database that already has every migration (the usual start) does not run Flyway at all (ADR 0110):
 * one query reads every schema's history and compares it with the migrations on the class path, script by script,
 * by Flyway's own checksum. Only when they are the same in every schema is Flyway skipped; anything else (a new
 * migration, an edited one, a failed or missing row, a fresh database) goes through Flyway as before, whose
 * validation then stops an edited migration as it always did.
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
        if (upToDate()) {
            applyGrants();
            return 0;
        }
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

    /**
     * True when every schema's Flyway history holds exactly the versioned SQL migrations of its folder on the class
     * path, each applied successfully, with the checksum Flyway computes for the script as it is now (so an edited
     * migration is not up to date). False whenever it cannot tell (no history yet, a resource it does not know).
     */
    public boolean upToDate() {
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        for (String schema : Schemas.ALL) {
            Optional<Map<String, Integer>> scripts = migrationsOnClassPath(schema);
            if (scripts.isEmpty()) {
                return false;
            }
            expected.put(schema, scripts.get());
        }
        List<String> reads = new ArrayList<>();
        for (String schema : Schemas.ALL) {
            reads.add("select '" + schema + "' as schema_name, script, checksum, success from " + schema
                    + ".flyway_schema_history where type <> 'SCHEMA'");
        }
        Map<String, Map<String, Integer>> applied = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            // Asked first, so that a fresh database is not an error in the server's log.
            try (ResultSet histories = sql.executeQuery("select bool_and(to_regclass(s || '.flyway_schema_history') is not null)"
                    + " from unnest(array['" + String.join("', '", Schemas.ALL) + "']) s")) {
                if (!histories.next() || !histories.getBoolean(1)) {
                    return false;
                }
            }
            ResultSet rows = sql.executeQuery(String.join(" union all ", reads));
            while (rows.next()) {
                int checksum = rows.getInt("checksum");
                boolean noChecksum = rows.wasNull();
                if (noChecksum || !rows.getBoolean("success")) {
                    return false;
                }
                Integer earlier = applied.computeIfAbsent(rows.getString("schema_name"), k -> new HashMap<>())
                        .put(rows.getString("script"), checksum);
                if (earlier != null) {
                    return false; // the same script twice: let Flyway say what that is
                }
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        for (String schema : Schemas.ALL) {
            if (!expected.get(schema).equals(applied.getOrDefault(schema, Map.of()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The versioned migrations of {@code schema}'s folder, by script name, with Flyway's checksum of each; empty
     * when the folder holds anything else (a repeatable migration, a callback) or cannot be read, so that Flyway
     * decides.
     */
    private static Optional<Map<String, Integer>> migrationsOnClassPath(String schema) {
        String folder = "db/migration/" + schema;
        Map<String, Integer> scripts = new TreeMap<>();
        try {
            List<URL> urls = Collections.list(DatabaseMigrations.class.getClassLoader().getResources(folder));
            if (urls.isEmpty()) {
                return Optional.empty();
            }
            for (URL url : urls) {
                List<String> names = new ArrayList<>();
                if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.forEach(f -> names.add(Files.isDirectory(f) ? "/" : f.getFileName().toString()));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    var jar = (JarURLConnection) url.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        String prefix = folder + "/";
                        file.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                                .forEach(n -> names.add(n.substring(prefix.length())));
                    }
                } else {
                    return Optional.empty();
                }
                for (String name : names) {
                    if (!name.matches("V[0-9][0-9_.]*__[^/]+\\.sql")) {
                        return Optional.empty();
                    }
                    if (scripts.put(name, checksum(folder + "/" + name)) != null) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(scripts);
    }

    /** Flyway's checksum of one script: a CRC-32 of its lines' UTF-8 bytes, without line breaks or byte order mark. */
    static int checksum(String resource) throws IOException {
        InputStream in = DatabaseMigrations.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no resource " + resource);
        }
        var crc = new CRC32();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private void applyGrants() {
        // One round trip: the driver sends the statements together, and they run in order as before.
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute(String.join(";\n", grantStatements()));
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
