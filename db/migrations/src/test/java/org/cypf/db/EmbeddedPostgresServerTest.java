package org.cypf.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as the run command uses it: a data folder that survives restarts, crashes included. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void starts_cleanly_after_the_app_was_killed_and_left_its_server_running() throws Exception {
        Path data = folder.resolve("postgres");
        Process app = new ProcessBuilder(javaOfThisJvm(), "-cp", System.getProperty("java.class.path"),
                CrashedServerFixture.class.getName(), data.toString())
                .redirectError(folder.resolve("crashed-app.err").toFile())
                .start();
        Optional<ProcessHandle> orphan = Optional.empty();
        try {
            awaitReady(app);
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is not stopped
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app process died");
            orphan = postmasterOf(data);
            assertTrue(orphan.map(ProcessHandle::isAlive).orElse(false),
                    "precondition: the killed app left its PostgreSQL running on " + data);

            try (var restarted = EmbeddedPostgresServer.start(data, 0);
                 var c = DriverManager.getConnection(restarted.jdbcUrl("crash"), EmbeddedPostgresServer.SUPERUSER, "");
                 var rs = c.createStatement().executeQuery("select note from written_before_the_crash")) {
                assertTrue(rs.next(), "the row written before the crash is there");
                assertEquals("still here", rs.getString(1));
            }
            assertFalse(orphan.get().isAlive(), "the orphaned server was stopped, not left beside the new one");
        } finally {
            app.destroyForcibly();
            // If the start under test failed, do not leave the orphan running on the machine (it is ours: we made it).
            orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void a_kept_data_folder_is_durable_and_the_server_log_is_readable_beside_it() throws SQLException, IOException {
        Path data = folder.resolve("durable");
        try (var server = EmbeddedPostgresServer.start(data, 0);
             var c = DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "")) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (var rs = c.createStatement().executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting + ": an accepted write survives an operating-system crash");
                }
            }
        }
        Path log = EmbeddedPostgresServer.logFileOf(data);
        assertEquals(folder.resolve("durable.log"), log);
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("database system is ready to accept connections"),
                "PostgreSQL's own log is in " + log);
    }

    private static String javaOfThisJvm() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void awaitReady(Process app) throws IOException {
        var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return;
            }
        }
        throw new AssertionError("the app in the child JVM did not start its server; exit " + app.exitValue());
    }

    /** The postmaster PID, line 1 of postmaster.pid (PostgreSQL's own lock file of the data folder). */
    private static Optional<ProcessHandle> postmasterOf(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
    }
}
