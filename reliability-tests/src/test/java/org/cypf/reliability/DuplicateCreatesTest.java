package org.cypf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent duplicate creates (issue 9, defect 4), on the running application: with one {@code Idempotency-Key}
 * a burst of identical requests creates one record and every 201 names it; without a key each request is a new
 * record, as HTTP says a POST may be (the figure the docs quote, and why clients should send a key).
 */
class DuplicateCreatesTest {
    private static final int BURST = 20;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start("reliability duplicate creates");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static byte[] contact(String localChildId) {
        return """
                {"child": {"localChildId": "%s", "dateOfBirth": "2015-03-10", "sex": "1"},
                 "receivedAt": "2025-06-27T16:45", "source": "3B", "referrerName": "Jo Hill", "worry": "worry"}"""
                .formatted(localChildId).getBytes(StandardCharsets.UTF_8);
    }

    private static long contacts(String localChildId) {
        return app.count("select count(*) from social_care.contact c join social_care.child ch using (child_id) "
                + "where ch.la_child_id = ?", localChildId);
    }

    /** {@link #BURST} identical creates released at once; the statuses seen and the Locations answered. */
    private static Map<String, Object> burst(String key, byte[] body) throws Exception {
        var go = new CountDownLatch(1);
        List<Future<RunningApplication.Response>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BURST; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    var request = app.asCaller(app.request("/social-care/contacts"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                    if (key != null) {
                        request.header("Idempotency-Key", key);
                    }
                    return app.send(request);
                }));
            }
            go.countDown();
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> locations = new ArrayList<>();
        for (var answer : answers) {
            var response = answer.get();
            statuses.merge(response.status(), 1, Integer::sum);
            response.raw().headers().firstValue("Location").ifPresent(locations::add);
        }
        return Map.of("statuses", statuses, "locations", locations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_burst_with_one_key_creates_one_record_and_a_burst_without_creates_one_each() throws Exception {
        Map<String, Object> keyed = burst(UUID.randomUUID().toString(), contact("D1"));
        Map<String, Object> unkeyed = burst(null, contact("D2"));
        Map<Integer, Integer> keyedStatuses = (Map<Integer, Integer>) keyed.get("statuses");
        List<String> keyedLocations = (List<String>) keyed.get("locations");

        Figures.print("concurrent duplicate creates (POST /social-care/contacts, " + BURST + " at once)", List.of(
                "with one Idempotency-Key: statuses " + keyedStatuses + ", contacts stored " + contacts("D1"),
                "without a key: statuses " + unkeyed.get("statuses") + ", contacts stored " + contacts("D2")));

        assertEquals(1, contacts("D1"), "one key, one contact");
        // 503 (Retry-After) only when a loaded machine makes a request wait over the pool's 2 s: it stores nothing.
        assertTrue(keyedStatuses.keySet().stream().allMatch(s -> s == 201 || s == 409 || s == 503), keyedStatuses.toString());
        assertTrue(keyedStatuses.getOrDefault(201, 0) >= 1, keyedStatuses.toString());
        assertEquals(1, keyedLocations.stream().distinct().count(), "every 201 names the one contact");
        // Without a key each POST that succeeds is a new contact. The first contacts of a child not yet known race to
        // record the child (its local id is unique): a loser is told 409, never 500, and stores nothing.
        Map<Integer, Integer> unkeyedStatuses = (Map<Integer, Integer>) unkeyed.get("statuses");
        assertTrue(unkeyedStatuses.keySet().stream().allMatch(s -> s == 201 || s == 409 || s == 503),
                unkeyedStatuses.toString());
        assertEquals((long) unkeyedStatuses.getOrDefault(201, 0), contacts("D2"), "one contact per 201");
        assertTrue(contacts("D2") > 1, "without a key, duplicates are stored: " + unkeyedStatuses);
    }

    @Test
    void a_retry_after_the_burst_replays_the_first_answer_and_another_body_under_the_key_is_422() throws Exception {
        String key = UUID.randomUUID().toString();
        burst(key, contact("D3"));
        var retry = app.send(app.asCaller(app.request("/social-care/contacts"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(contact("D3"))));
        var other = app.send(app.asCaller(app.request("/social-care/contacts"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(contact("D4"))));

        assertEquals(201, retry.status(), retry.body());
        assertEquals("true", retry.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(422, other.status(), other.body());
        assertEquals(1, contacts("D3"));
        assertEquals(0, contacts("D4"));
    }
}
