package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's first Done-means, in the running app: a SEND caseworker's request for an EHC needs assessment asks
 * social care and education for advice; health's {@code ehc-advice-requested} events reach both contexts through the
 * outbox, each answers its own request once ({@code ehc-advice-given}), health records each answer once against the
 * request, and the final plan follows within 20 weeks. Dates are counted back from the day the app runs, because the
 * advisers answer on the day the request reaches them.
 */
class EhcAdviceAcrossContextsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CASEWORKER = TestTokens.bearer("send.clarke", "council", "send-caseworker");
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("EHC advice from two contexts");
    }

    @AfterAll
    static void stop() {
        cypf.close();
    }

    @Test
    void advice_asked_of_two_contexts_comes_back_once_each_and_the_final_plan_follows_within_20_weeks() {
        LocalDate received = LocalDate.now(ZoneOffset.UTC).minusWeeks(10);
        String childId = UUID.randomUUID().toString();
        var created = cypf.sendWith("POST", "/health-wellbeing/ehc-requests", """
                {"childId": "%s", "receivedOn": "%s"}""".formatted(childId, received), CASEWORKER);
        assertEquals(201, created.status(), created.body());
        String path = "/health-wellbeing/ehc-requests/" + created.json().get("requestId").asText();
        long version = created.json().get("version").asLong();

        LocalDate decided = received.plusWeeks(5);
        version = posted(path + "/decision", """
                {"decidedOn": "%s", "decision": "ASSESS", "version": %d}""".formatted(decided, version));
        for (String adviser : new String[] {"social-care", "education-skills"}) {
            version = posted(path + "/advice-requests", """
                    {"adviser": "%s", "requestedOn": "%s", "version": %d}""".formatted(adviser, decided, version));
        }
        long asked = version;

        String requestId = path.substring(path.lastIndexOf('/') + 1);
        String handled = """
                select count(*) from platform.inbox i join platform.outbox o on o.event_id = i.event_id
                 where i.subscriber_id = 'health-wellbeing.send.ehc-advice-given' and o.payload->>'requestId' = ?""";
        eventually("social care and education answer through their outboxes and health handles both answers",
                () -> cypf.count(handled, requestId) == 2 ? true : null);
        Map<String, Long> published = new TreeMap<>();
        for (String event : new String[] {"health-wellbeing.ehc-advice-requested", "social-care.ehc-advice-given",
                "education-skills.ehc-advice-given"}) {
            published.put(event, cypf.count("""
                    select count(*) from platform.outbox where event_name = ? and payload->>'requestId' = ?""",
                    event, requestId));
        }
        assertEquals(Map.of("health-wellbeing.ehc-advice-requested", 2L, "social-care.ehc-advice-given", 1L,
                "education-skills.ehc-advice-given", 1L), published,
                "two requests out; each adviser answered its own and passed over the other's");

        // Read once both answers are handled: a read while an answer commits may see the request between versions.
        var read = cypf.getWith(path, CASEWORKER);
        assertEquals(200, read.status(), read.body());
        JsonNode answered = read.json();
        Map<String, String> byAdviser = new TreeMap<>();
        for (JsonNode advice : answered.get("advice")) {
            byAdviser.put(advice.get("adviser").asText(), (advice.hasNonNull("answeredBy") ? "a person" : "its event")
                    + (!advice.hasNonNull("receivedOn") ? ", awaited"
                            : advice.get("onTime").asBoolean() ? ", on time" : ", late"));
        }
        assertEquals(Map.of("education-skills", "its event, on time", "social-care", "its event, on time"),
                byAdviser, "each adviser's own answer, due six weeks after asking: " + answered);
        assertEquals(asked + 2, answered.get("version").asLong(), "two answers, each applied once: " + answered);

        LocalDate issued = LocalDate.now(ZoneOffset.UTC);
        var plan = cypf.sendWith("POST", path + "/plan", """
                {"draftIssuedOn": "%s", "issuedOn": "%s", "needTypes": ["SLCN", "ASD"], "namedSetting": "123456",
                 "version": %d}""".formatted(issued.minusWeeks(2), issued, answered.get("version").asLong()),
                CASEWORKER);
        assertEquals(200, plan.status(), plan.body());
        assertEquals(received.plusWeeks(20).toString(), plan.json().get("planDueBy").asText());
        assertTrue(plan.json().get("planWithinTwentyWeeks").asBoolean(), plan.body());
    }

    /** Posts {@code json} as the caseworker; the request's version after the change. */
    private static long posted(String path, String json) {
        var response = cypf.sendWith("POST", path, json, CASEWORKER);
        assertEquals(200, response.status(), response.body());
        return response.json().get("version").asLong();
    }

    private static <T> T eventually(String what, java.util.function.Supplier<T> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
