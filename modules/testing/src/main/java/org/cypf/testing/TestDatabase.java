package org.cypf.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.db.DatabaseMigrations;
import org.cypf.db.EmbeddedPostgresServer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get PostgreSQL: a real server, started once per test JVM, migrated once into a template
 * database, and cloned into a fresh database for each test class ({@code CREATE DATABASE ... TEMPLATE}, ~100 ms),
 * so classes never see each other's rows.
 *
 * <p>Which server, in order: the one named by {@code CYPF_TEST_JDBC_URL} (with {@code CYPF_TEST_JDBC_USER},
 * {@code CYPF_TEST_JDBC_PASSWORD}; a maintenance database such as {@code .../postgres}); a Testcontainers
 * PostgreSQL 17 when a Docker engine is reachable; otherwise an embedded PostgreSQL 17 from Maven Central.
 */
public final class TestDatabase {

    /** Where a test connects: the admin login of a fresh, fully migrated database. */
    public record Target(String jdbcUrl, String user, String password) {}

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Server server;

    private TestDatabase() {}

    /** A new database migrated to the latest version of every schema, named after {@code purpose}. */
    public static Target fresh(String purpose) {
        Server s = server();
        String name = "cypf_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        s.execute("create database " + name + " template " + s.template);
        CREATED.add(name);
        return new Target(s.urlOf(name), s.user, s.password);
    }

    /** Which kind of server this run uses (for the test report). */
    public static String serverKind() {
        return server().kind;
    }

    private static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (TestDatabase.class) {
                s = server;
                if (s == null) {
                    s = Server.start();
                    server = s;
                }
            }
        }
        return s;
    }

    private static final class Server {
        final String kind;
        final String maintenanceUrl;
        final String user;
        final String password;
        final String template;

        private Server(String kind, String maintenanceUrl, String user, String password) {
            this.kind = kind;
            this.maintenanceUrl = maintenanceUrl;
            this.user = user;
            this.password = password;
            this.template = "cypf_template_" + ProcessHandle.current().pid();
        }

        static Server start() {
            String url = System.getenv("CYPF_TEST_JDBC_URL");
            Server s;
            if (url != null && !url.isBlank()) {
                s = new Server("configured server", url, envOr("CYPF_TEST_JDBC_USER", "postgres"),
                        envOr("CYPF_TEST_JDBC_PASSWORD", ""));
            } else if (dockerReachable()) {
                var container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
                s = new Server("Testcontainers", container.getJdbcUrl(), container.getUsername(), container.getPassword());
            } else {
                var embedded = EmbeddedPostgresServer.startEphemeral();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                s = new Server("embedded PostgreSQL", embedded.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
            }
            s.execute("drop database if exists " + s.template);
            s.execute("create database " + s.template);
            new DatabaseMigrations(s.urlOf(s.template), s.user, s.password).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(s::dropCreated));
            return s;
        }

        String urlOf(String database) {
            int slash = maintenanceUrl.lastIndexOf('/');
            int query = maintenanceUrl.indexOf('?', slash);
            return maintenanceUrl.substring(0, slash + 1) + database + (query < 0 ? "" : maintenanceUrl.substring(query));
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(maintenanceUrl, user, password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test database setup failed: " + sql, e);
            }
        }

        /** On a long-lived server, leave nothing behind. */
        void dropCreated() {
            if (kind.equals("configured server")) {
                for (String name : CREATED) {
                    try {
                        execute("drop database if exists " + name + " with (force)");
                    } catch (RuntimeException ignored) {
                        // best effort at JVM exit
                    }
                }
                execute("drop database if exists " + template + " with (force)");
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        /** Checked without Testcontainers' probe, which logs an ERROR on machines without Docker. */
        private static boolean dockerReachable() {
            String host = System.getenv("DOCKER_HOST");
            return (host != null && !host.isBlank()) || Files.exists(Path.of("/var/run/docker.sock"));
        }
    }
}
