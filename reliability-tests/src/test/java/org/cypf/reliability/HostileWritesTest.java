package org.cypf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every write route of the OpenAPI document, sent malformed, oversized and wrongly typed bodies (issue 9, defect 3):
 * no answer is a 5xx, every answer is problem+json, and nothing is stored (every table's row count is the same before
 * and after each route's barrage).
 */
class HostileWritesTest {
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    private static RunningApp app;
    private static final Map<String, String> seeded = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        // The audit sealer off: it links and seals earlier audit rows on its own clock, which a count of every table
        // before and after a route's barrage would take for something the refused input stored (sealing has its own tests).
        app = RunningApp.start("reliability hostile writes", Map.of("governance.audit.seal-interval-seconds", "0"));
        // Real records, so the routes under a record's path are reached with an id that exists.
        var period = app.write("POST", "/social-care/periods-of-care", "application/json", """
                {"child": {"localChildId": "R1001", "dateOfBirth": "2014-02-03", "sex": "1"},
                 "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}"""
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, period.status(), period.body());
        seeded.put("periodId", field(period.body(), "periodId"));
        seeded.put("childId", field(period.body(), "childId"));
        var contact = app.write("POST", "/social-care/contacts", "application/json", """
                {"child": {"localChildId": "R1002", "dateOfBirth": "2015-03-10", "sex": "1"},
                 "receivedAt": "2025-06-27T16:45", "source": "3B", "referrerName": "Jo Hill", "worry": "worry"}"""
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, contact.status(), contact.body());
        seeded.put("contactId", field(contact.body(), "contactId"));
        app.quiesce();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String field(String json, String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    record Operation(String method, String path, JsonNode definition) {}

    private static List<Operation> writes(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (WRITES.contains(op.getKey()) && op.getValue().has("requestBody")) {
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** The path with its parameters filled: a seeded record's id where one exists, else a plausible value. */
    private static String concrete(JsonNode document, Operation op) {
        String path = op.path();
        for (JsonNode parameter : op.definition().path("parameters")) {
            JsonNode p = resolve(document, parameter);
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.get("name").asText();
            JsonNode schema = p.path("schema");
            String value = seeded.containsKey(name) ? seeded.get(name)
                    : "uuid".equals(schema.path("format").asText()) ? UUID.randomUUID().toString()
                    : schema.has("enum") ? schema.get("enum").get(0).asText()
                    : "integer".equals(schema.path("type").asText())
                            ? String.valueOf(schema.has("minimum") ? schema.get("minimum").asInt() : 2024)
                    : "documented-value";
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    @Test
    void no_write_route_answers_a_5xx_or_stores_anything_for_malformed_oversized_or_wrongly_typed_bodies() {
        JsonNode document = app.openApi();
        List<Operation> operations = writes(document);
        assertTrue(operations.size() >= 30, "the document's write routes are found: " + operations.size());
        var bodies = new HostileBodies(ref -> document.at(ref.substring(1)));

        Instant started = Instant.now();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        Map<String, Integer> unusual = new TreeMap<>();
        Map<String, String> stored = new TreeMap<>();
        int requests = 0;
        for (Operation op : operations) {
            JsonNode json = op.definition().path("requestBody").path("content").path("application/json");
            JsonNode schema = json.isMissingNode() ? null : json.path("schema");
            String path = concrete(document, op);
            Map<String, Long> before = app.fingerprint();
            boolean oversizedSent = false;
            for (HostileBodies.Body body : bodies.forSchema(schema)) {
                if (body.what().endsWith("over 1 MiB")) {
                    if (oversizedSent) {
                        continue;   // one oversized field per route is enough: the limit is per request
                    }
                    oversizedSent = true;
                }
                var response = app.write(op.method(), path, body.contentType(), body.bytes());
                requests++;
                statuses.merge(response.status(), 1, Integer::sum);
                String where = op.method() + " " + op.path() + " [" + body.what() + "]";
                if (!Set.of(400, 413, 415).contains(response.status())) {
                    unusual.merge(response.status() + " " + op.method() + " " + op.path(), 1, Integer::sum);
                }
                if (response.status() >= 500) {
                    serverErrors.add(where + " -> " + response.status() + " " + response.body());
                } else if (!"application/problem+json".equals(response.contentType())) {
                    notProblems.add(where + " -> " + response.status() + " " + response.contentType());
                }
            }
            Map<String, Long> after = app.fingerprint();
            if (!after.equals(before)) {
                after.forEach((table, rows) -> {
                    if (!rows.equals(before.get(table))) {
                        stored.put(op.method() + " " + op.path() + ": " + table, before.get(table) + " -> " + rows);
                    }
                });
            }
        }
        Duration took = Duration.between(started, Instant.now());

        Figures.print("hostile bodies on every write route", List.of(
                "write routes: " + operations.size(),
                "requests sent: " + requests + " in " + took.toMillis() + " ms",
                "statuses seen: " + statuses,
                "5xx answers: " + serverErrors.size(),
                "answers other than 400, 413, 415, by route: " + unusual,
                "answers that were not problem+json: " + notProblems.size(),
                "tables whose row count changed: " + stored.size()));
        assertEquals(List.of(), serverErrors, "no 5xx for anything a client can send");
        assertEquals(List.of(), notProblems, "every refusal is problem+json");
        assertEquals(Map.of(), stored, "refused input stores nothing");
        assertTrue(requests >= 1_000, "a barrage, not a sample: " + requests);
    }
}
