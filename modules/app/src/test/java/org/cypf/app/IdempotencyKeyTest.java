package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on creates (issue 9, defect 4; ADR 0030), over real HTTP on the whole application and
 * PostgreSQL: a retry gets the first answer and stores nothing more; another body under the same key is 422; twenty
 * identical requests at once with one key create one contact.
 */
class IdempotencyKeyTest {
    private static final String CONTACTS = "/social-care/contacts";
    private static RunningCypf cypf;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("idempotency keys");
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    private static String contact(String localChildId, String worry) {
        return """
                {"child": {"localChildId": "%s", "dateOfBirth": "2015-03-10", "sex": "1"},
                 "receivedAt": "2025-06-27T16:45", "source": "3B", "referrerName": "Jo Hill",
                 "worry": "%s"}""".formatted(localChildId, worry);
    }

    private HttpResponse<String> post(String key, String user, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + cypf.port() + CONTACTS))
                .timeout(Duration.ofSeconds(20))
                .header("X-CYPF-User", user).header("X-CYPF-Organisation", RunningCypf.ORGANISATION).header("X-CYPF-Role", RunningCypf.ROLE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long contacts(String localChildId) {
        return cypf.count("select count(*) from social_care.contact c join social_care.child ch using (child_id) "
                + "where ch.la_child_id = ?", localChildId);
    }

    private static long keys() {
        return cypf.count("select count(*) from platform.idempotency_key");
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_and_creates_nothing_more() {
        String key = UUID.randomUUID().toString();
        String body = contact("IK1", "Baby's weight has dropped");

        HttpResponse<String> first = post(key, RunningCypf.USER, body);
        HttpResponse<String> again = post(key, RunningCypf.USER, body);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertTrue(first.headers().firstValue("Location").orElseThrow().startsWith(CONTACTS + "/"));
        assertEquals(first.body(), again.body(), "the same answer, byte for byte");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        assertEquals(1, contacts("IK1"), "one contact, however often the client retries");
    }

    @Test
    void the_same_key_with_another_body_is_422_naming_the_header_and_stores_nothing() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(key, RunningCypf.USER, contact("IK2", "first worry")).statusCode());

        HttpResponse<String> other = post(key, RunningCypf.USER, contact("IK2", "another worry"));

        assertEquals(422, other.statusCode(), other.body());
        assertEquals("application/problem+json", other.headers().firstValue("Content-Type").orElse(null));
        assertTrue(other.body().contains("Idempotency-Key"), other.body());
        assertEquals(1, contacts("IK2"));
    }

    @Test
    void a_key_belongs_to_its_caller_so_another_user_with_the_same_key_creates_their_own_record() {
        String key = UUID.randomUUID().toString();
        String body = contact("IK3", "worry");
        var first = post(key, RunningCypf.USER, body);
        var someoneElse = post(key, "sw.jones", body);

        assertEquals(201, someoneElse.statusCode(), someoneElse.body());
        assertFalse(someoneElse.headers().firstValue("Idempotent-Replayed").isPresent());
        assertFalse(first.headers().firstValue("Location").equals(someoneElse.headers().firstValue("Location")));
        assertEquals(2, contacts("IK3"));
    }

    @Test
    void a_refused_body_keeps_no_key_so_the_corrected_retry_runs_under_the_same_key() {
        String key = UUID.randomUUID().toString();
        long keysBefore = keys();
        var refused = post(key, RunningCypf.USER, contact("IK4", "worry").replace("3B", "3Z"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(keysBefore, keys(), "a refusal keeps no key");

        var corrected = post(key, RunningCypf.USER, contact("IK4", "worry"));
        assertEquals(201, corrected.statusCode(), corrected.body());
        assertEquals(1, contacts("IK4"));
    }

    @Test
    void a_malformed_key_is_400_naming_the_header() {
        var refused = post("x".repeat(300), RunningCypf.USER, contact("IK5", "worry"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"Idempotency-Key\""), refused.body());
        assertEquals(0, contacts("IK5"));
    }

    @Test
    void twenty_identical_requests_at_once_with_one_key_create_one_contact() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = contact("IK6", "worry");
        int clients = 20;
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                Callable<HttpResponse<String>> send = () -> {
                    start.await();
                    return post(key, RunningCypf.USER, body);
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> locations = new ArrayList<>();
        for (var answer : answers) {
            var response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            response.headers().firstValue("Location").ifPresent(locations::add);
        }

        assertEquals(1, contacts("IK6"), "one contact from " + statuses);
        // 409: the first is still running. 503 (Retry-After): on a loaded machine a burst may wait longer than the
        // pool's 2 s for a connection; it is refused whole and stores nothing. Never a 500, never a second contact.
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409 || s == 503),
                "201, 409 or 503 only: " + statuses);
        assertTrue(statuses.getOrDefault(201, 0) >= 1, "the first create is answered: " + statuses);
        assertEquals(1, locations.stream().distinct().count(), "every 201 names the one contact: " + locations);
        assertEquals(1, cypf.count("select count(*) from platform.idempotency_key where status = 201 and "
                + "idempotency_key = ?", key));
    }

    @Test
    void without_a_key_two_identical_posts_are_two_contacts_as_before() {
        String body = contact("IK7", "worry");
        assertEquals(201, post(null, RunningCypf.USER, body).statusCode());
        assertEquals(201, post(null, RunningCypf.USER, body).statusCode());
        assertEquals(2, contacts("IK7"));
    }
}
