package org.cypf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cypf.db.EmbeddedPostgresServer;
import org.cypf.testing.TestIdentityProvider;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the application's own JVM (issue 9, defect 1 and the delivery guarantees): CYPF forked as the run
 * command starts it ({@code org.cypf.app.Main}, the shipped configuration, an embedded PostgreSQL whose data folder
 * survives), killed twice, the second time in the middle of delivering a few hundred events, and started again on
 * the orphaned server's folder.
 */
class CrashRestartTest {
    private static final int CHILDREN = 300;
    private static final String VIRTUAL_SCHOOL = "education-skills.virtual-school.children-in-care";
    private static final String HEALTH = "health-wellbeing.children-in-care.child-entered-care";
    /** The position (from 0) of the event whose virtual school delivery we hold: in the middle of a poll of 100. */
    private static final int HELD = CHILDREN * 5 / 6 + 25;
    private static final String PERIODS = "/social-care/periods-of-care";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killed_during_event_delivery_it_starts_cleanly_on_the_orphaned_server_and_delivers_every_event_once()
            throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "crash-");
        Path data = folder.resolve("postgres").toAbsolutePath();
        int databasePort = freePort();
        int httpPort = freePort();
        List<String> figures = new ArrayList<>();
        List<Process> started = new ArrayList<>();
        try (var identityProvider = TestIdentityProvider.start()) {
            // 1. The dispatcher resting ten minutes between polls: the children's events wait in the outbox.
            Process first = launch(folder, "run-1", data, databasePort, httpPort, identityProvider, 600_000, started);
            long firstStart = awaitServing(first, httpPort);
            Map<Integer, Integer> statuses = enterCare(httpPort);
            figures.add("children entered care: " + CHILDREN + " creates, statuses " + statuses + " after "
                    + retried.get() + " retries of a 503 (first start " + firstStart + " ms)");
            assertEquals(Map.of(201, CHILDREN), statuses);
            try (Connection db = database(databasePort)) {
                assertEquals(CHILDREN, count(db, "select count(*) from platform.outbox"));
                assertEquals(0, count(db, "select count(*) from platform.inbox"), "nothing delivered yet");
            }
            first.destroyForcibly().waitFor();
            long orphan = orphanedPostmaster(data);
            figures.add("kill -9 #1 (events waiting in the outbox): PostgreSQL pid " + orphan + " left running");

            // 2. Started again on the orphan's folder, the dispatcher delivering; one delivery held by an
            //    uncommitted inbox row of ours, so the JVM dies in the middle of a poll whose earlier deliveries
            //    the subscribers have already committed and the dispatcher has not yet acknowledged.
            long restart;
            long appliedAtKill;
            long acknowledgedAtKill;
            long launched = System.nanoTime();
            Process second = launch(folder, "run-2", data, databasePort, httpPort, identityProvider, 50, started);
            // Our hold goes on the new server as soon as it accepts connections: the app is still migrating.
            try (Connection blocker = awaitNewServer(data, orphan, databasePort)) {
                blocker.setAutoCommit(false);
                try (var hold = blocker.prepareStatement("""
                        insert into platform.inbox (subscriber_id, event_id)
                        select ?, event_id from platform.outbox order by position offset ? limit 1""")) {
                    hold.setString(1, VIRTUAL_SCHOOL);
                    hold.setInt(2, HELD);
                    assertEquals(1, hold.executeUpdate());
                }
                awaitServing(second, httpPort);
                restart = (System.nanoTime() - launched) / 1_000_000;
                try (Connection db = database(databasePort)) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (count(db, "select count(*) from platform.inbox where subscriber_id = '" + VIRTUAL_SCHOOL
                            + "'") < HELD && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    Thread.sleep(500); // the poll is now waiting on our row
                    second.destroyForcibly().waitFor();
                    appliedAtKill = count(db, "select count(*) from platform.inbox"); // our held row is not committed
                    acknowledgedAtKill = count(db, "select count(*) from platform.event_delivery where status = 'COMPLETED'");
                }
                blocker.rollback();
            }
            orphan = orphanedPostmaster(data);
            figures.add("kill -9 #2 during delivery (started in " + restart + " ms on the orphaned folder): "
                    + appliedAtKill + " of " + 2 * CHILDREN + " deliveries applied by their subscribers, "
                    + acknowledgedAtKill + " acknowledged; PostgreSQL pid " + orphan + " left running");
            assertTrue(appliedAtKill > acknowledgedAtKill, "killed after subscribers committed and before the "
                    + "dispatcher acknowledged: applied " + appliedAtKill + ", acknowledged " + acknowledgedAtKill);
            assertTrue(appliedAtKill < 2L * CHILDREN, "killed during delivery, not after it");

            // 3. A clean start after the crash, on the orphaned server's folder; the backlog finishes.
            Process third = launch(folder, "run-3", data, databasePort, httpPort, identityProvider, 50, started);
            long cleanStart = awaitServing(third, httpPort);
            String log = Files.readString(folder.resolve("run-3.log"));
            assertTrue(log.contains("stopping an orphaned PostgreSQL (pid " + orphan + ")"), log);
            try (Connection db = database(databasePort)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (count(db, "select count(*) from platform.event_delivery where status <> 'COMPLETED'") > 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                long deliveries = count(db, "select count(*) from platform.event_delivery where status = 'COMPLETED'");
                long registered = count(db, "select count(*) from education_skills.virtual_school_child");
                long distinctRegistered = count(db, "select count(distinct child_id) from education_skills.virtual_school_child");
                long healthRecords = count(db, "select count(*) from health_wellbeing.care_health_record");
                long inbox = count(db, "select count(*) from platform.inbox");
                figures.add("restart after kill -9 #2: clean start in " + cleanStart + " ms (orphan stopped); "
                        + deliveries + " of " + 2 * CHILDREN + " deliveries completed, of which "
                        + (appliedAtKill - acknowledgedAtKill) + " applied before the kill and delivered again (inbox: no-op)");
                figures.add("lost: " + (CHILDREN - distinctRegistered) + " virtual school registrations, "
                        + (CHILDREN - healthRecords) + " health records; applied twice: "
                        + (registered - distinctRegistered) + "; inbox rows " + inbox);
                Figures.print("kill -9 of the application during event delivery (" + CHILDREN + " children)", figures);

                assertEquals(2L * CHILDREN, deliveries, "every delivery completed");
                assertEquals(2L * CHILDREN, inbox, "one inbox row per event and subscriber");
                assertEquals(CHILDREN, registered, "each child registered with the virtual school once");
                assertEquals(CHILDREN, distinctRegistered, "none lost");
                assertEquals(CHILDREN, healthRecords, "each child's health record once");
            }
            third.destroy();
            assertTrue(third.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
            assertTrue(!Files.exists(data.resolve("postmaster.pid")), "and stops its PostgreSQL with it");
        } finally {
            started.forEach(Process::destroyForcibly);
            for (Process p : started) {
                p.waitFor(10, TimeUnit.SECONDS);
            }
            if (Files.exists(data.resolve("postmaster.pid"))) {
                EmbeddedPostgresServer.start(data, 0).close(); // stops an orphan this test left
            }
        }
    }

    /** Forks CYPF as the run command starts it: {@code java -cp ... org.cypf.app.Main} with settings as -D. */
    private static Process launch(Path folder, String name, Path data, int databasePort, int httpPort,
                                  TestIdentityProvider identityProvider, long pollMillis, List<Process> started)
            throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Ddb.embedded.data-directory=" + data,
                "-Ddb.embedded.port=" + databasePort,
                "-Ddb.pool-size=4",
                "-Dserver.host=localhost",
                "-Dserver.port=" + httpPort,
                "-Dsecurity.issuer=" + TestTokens.ISSUER,
                "-Dsecurity.jwks-url=" + identityProvider.jwksUrl(),
                "-Devents.poll-interval-ms=" + pollMillis,
                "-cp", classPath, "org.cypf.app.Main");
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".log").toFile());
        // Only the settings above: none of the machine's (DB_URL would point it elsewhere).
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("SERVER_")
                || k.startsWith("SECURITY_") || k.startsWith("EVENTS_") || k.startsWith("CYPF_"));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Milliseconds from now until {@code /observe/health} answers 200. */
    private long awaitServing(Process process, int httpPort) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the app exited with " + (process.isAlive() ? "" : process.exitValue()));
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                        + "/observe/health")).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not serving within 120 s");
    }

    /** 503s retried by {@link #enterCare}. */
    private final java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();

    /** {@link #CHILDREN} children start to be looked after, four at a time; the final statuses seen. */
    private Map<Integer, Integer> enterCare(int httpPort) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        String bearer = TestTokens.bearer("sw.crash", "council", "social-worker");
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < CHILDREN; i++) {
                String body = """
                        {"child": {"localChildId": "KILL%04d", "dateOfBirth": "2014-02-03", "sex": "1"},
                         "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                         "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}"""
                        .formatted(i);
                sent.add(pool.submit(() -> {
                    // A client retries a 503 (the pool's 2 s wait on a loaded machine): it stored nothing.
                    for (int attempt = 1; ; attempt++) {
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + PERIODS))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 503 || attempt == 10) {
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            return null;
                        }
                        retried.incrementAndGet();
                        Thread.sleep(250);
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        return new TreeMap<>(statuses);
    }

    /** The pid of the PostgreSQL the killed app left running on {@code data}: alive, named by postmaster.pid. */
    private static long orphanedPostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        assertTrue(Files.exists(pidFile), "the killed app's PostgreSQL left its pid file");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "the killed app's PostgreSQL is still running (the orphan of defect 1)");
        return pid;
    }

    /** A connection to the server started on {@code data} after the orphan {@code previous} was stopped. */
    private static Connection awaitNewServer(Path data, long previous, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Path pidFile = data.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            try {
                long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
                if (pid != previous && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return database(port);
                }
            } catch (IOException | RuntimeException | SQLException notYet) {
                // no pid file yet, or not accepting connections yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no new PostgreSQL on " + data + " within 120 s");
    }

    private static Connection database(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/cypf",
                EmbeddedPostgresServer.SUPERUSER, "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
