package org.cypf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.db.EmbeddedPostgresServer;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under traffic (issue 9, defect 5): writers keep posting contacts while the
 * database goes away for a few seconds and comes back on the same port. While it is down every request is answered
 * 503 problem+json with {@code Retry-After} within a bounded time and {@code /observe/health} says DOWN within a
 * second; afterwards the app serves again without a restart, and every write it accepted (201) is stored.
 */
class DatabaseRestartTest {
    private static final int WRITERS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(6);

    record Answer(int status, long millis, String location, boolean problem, String retryAfter, long at) {}

    @Test
    void stopped_under_traffic_it_answers_503_fast_says_down_and_recovers_without_a_restart_losing_no_accepted_write()
            throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "outage-").resolve("postgres");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var server = EmbeddedPostgresServer.start(data, port);
        EmbeddedPostgresServer restarted = null;
        var target = new TestDatabase.Target(server.ensureDatabase("cypf"), EmbeddedPostgresServer.SUPERUSER, "");
        // What the app logs about the refusals: the full route, and no child's details.
        var logged = new ConcurrentLinkedQueue<String>();
        var logger = java.util.logging.Logger.getLogger("org.cypf.platform.http.ProblemResponses");
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try (var app = RunningApp.startOn(target, Map.of())) {
            // Warm: the first write of a fresh app (token keys fetched, code compiled) is slow on a loaded machine.
            long warmUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (write(app, 0, System.nanoTime()).status() != 201 && System.nanoTime() < warmUntil) {
                Thread.sleep(200);
            }
            var answers = new ConcurrentLinkedQueue<Answer>();
            var stop = new AtomicBoolean();
            var sequence = new AtomicInteger();
            long origin = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> {
                    while (!stop.get()) {
                        try {
                            answers.add(write(app, sequence.incrementAndGet(), origin));
                        } catch (AssertionError noAnswer) { // the connection failed: no HTTP answer at all
                            answers.add(new Answer(-1, 0, null, false, null, since(origin)));
                        }
                    }
                }));
            }
            awaitAccepted(answers, 0, 20);

            long stoppedAt = since(origin);
            server.close();
            Thread.sleep(500);
            var healthTimed = timed(() -> app.send(app.request("/observe/health").header("Accept", "application/json").GET()));
            Thread.sleep(OUTAGE.toMillis() - 500);

            long restartedAt = since(origin);
            restarted = EmbeddedPostgresServer.start(data, port);
            awaitAccepted(answers, restartedAt, 20);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(Duration.ofSeconds(40));
            }
            var healthAfter = app.send(app.request("/observe/health").header("Accept", "application/json").GET());

            // ---- what the clients saw ------------------------------------------------------------------------
            Map<Integer, Integer> before = new TreeMap<>();
            Map<Integer, Integer> during = new TreeMap<>();
            Map<Integer, Integer> after = new TreeMap<>();
            long slowest503 = 0;
            long firstAcceptedAfter = Long.MAX_VALUE;
            List<String> accepted = new ArrayList<>();
            List<Answer> wrong = new ArrayList<>();
            for (Answer a : answers) {
                long sentAt = a.at() - a.millis();
                Map<Integer, Integer> phase = a.at() < stoppedAt ? before : sentAt > restartedAt ? after : during;
                phase.merge(a.status(), 1, Integer::sum);
                if (a.status() == 201) {
                    accepted.add(a.location().substring(a.location().lastIndexOf('/') + 1));
                    if (sentAt > restartedAt) {
                        firstAcceptedAfter = Math.min(firstAcceptedAfter, a.at() - restartedAt);
                    }
                } else if (a.status() == 503) {
                    slowest503 = Math.max(slowest503, a.millis());
                    if (!a.problem() || !"5".equals(a.retryAfter())) {
                        wrong.add(a);
                    }
                } else {
                    wrong.add(a);
                }
            }
            long stored = accepted.isEmpty() ? 0 : app.count(
                    "select count(*) from social_care.contact where contact_id::text = any (?)",
                    (Object) accepted.toArray(new String[0]));
            Figures.print("PostgreSQL stopped for " + OUTAGE.toSeconds() + " s under traffic (" + WRITERS
                    + " writers posting contacts)", List.of(
                    "requests: " + answers.size() + "; before the stop " + before + ", while down (sent before the "
                            + "restart) " + during + ", after the restart " + after,
                    "slowest 503 answer: " + slowest503 + " ms (db.connection-timeout-ms 2000)",
                    "health while down: " + healthTimed.status() + " in " + healthTimed.millis() + " ms; after the restart: "
                            + healthAfter.status(),
                    "first write accepted after the restart: " + firstAcceptedAfter + " ms after PostgreSQL started",
                    "writes accepted: " + accepted.size() + ", stored: " + stored + ", lost: " + (accepted.size() - stored),
                    "answers other than 201 or 503 problem+json with Retry-After: " + wrong.size()));

            assertEquals(List.of(), wrong, "only 201, or 503 problem+json with Retry-After");
            assertTrue(during.getOrDefault(503, 0) > 0, "the outage was seen: " + during);
            assertTrue(slowest503 < 5_000, "a 503 within the 2 s connection timeout and some slack: " + slowest503);
            assertEquals(503, healthTimed.status(), "health DOWN while the database is down");
            assertTrue(healthTimed.millis() < 1_000, "health within a second: " + healthTimed.millis() + " ms");
            assertTrue(after.getOrDefault(201, 0) > 0, "serving again without a restart: " + after);
            assertEquals(200, healthAfter.status(), healthAfter.body());
            assertEquals(accepted.size(), stored, "every accepted write stored");
            assertTrue(logged.contains("database unavailable on POST /social-care/contacts"),
                    "a refusal's log line names the full route (defect 9): " + logged.stream().distinct().toList());
            assertTrue(logged.stream().noneMatch(line -> line.contains("OUT0") || line.contains("Jo Hill")),
                    "no child's details in the log");
        } finally {
            logger.removeHandler(handler);
            server.close();
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    /** Waits (at most 60 s) until {@code writes} requests sent after {@code sentAfter} have been accepted. */
    private static void awaitAccepted(ConcurrentLinkedQueue<Answer> answers, long sentAfter, int writes)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answers.stream().filter(a -> a.status() == 201 && a.at() - a.millis() > sentAfter).count() < writes
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    record Timed(int status, long millis) {}

    private static Timed timed(java.util.function.Supplier<RunningApplication.Response> call) {
        long started = System.nanoTime();
        var response = call.get();
        return new Timed(response.status(), (System.nanoTime() - started) / 1_000_000);
    }

    private static long since(long origin) {
        return (System.nanoTime() - origin) / 1_000_000;
    }

    private static Answer write(RunningApp app, int n, long origin) {
        byte[] body = """
                {"child": {"localChildId": "OUT%06d", "dateOfBirth": "2015-03-10", "sex": "1"},
                 "receivedAt": "2025-06-27T16:45", "source": "3B", "referrerName": "Jo Hill", "worry": "worry"}"""
                .formatted(n).getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        var response = app.send(app.asCaller(app.request("/social-care/contacts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        return new Answer(response.status(), (System.nanoTime() - started) / 1_000_000,
                response.raw().headers().firstValue("Location").orElse(null), response.isProblem(),
                response.raw().headers().firstValue("Retry-After").orElse(null), since(origin));
    }
}
