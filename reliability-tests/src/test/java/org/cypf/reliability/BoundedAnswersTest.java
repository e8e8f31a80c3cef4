package org.cypf.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers stay bounded whatever a client puts in a URL or however many arrive at once (issue 9, defects 3, 5 and
 * 8): path segments and query parameters of every route in the OpenAPI document fuzzed; the largest page a list
 * answers read whole, again and again; a burst larger than the connection pool.
 */
class BoundedAnswersTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Every role of the catalogue, so a route's checks of its parameters are reached, not refused by role. */
    private static final String[] ROLES = {"social-worker", "team-manager", "early-help-practitioner",
            "health-visitor", "school-nurse", "designated-safeguarding-lead", "virtual-school-officer",
            "send-caseworker", "police-officer", "performance-analyst", "board-member", "auditor", "administrator"};
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start("reliability bounded answers");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static HttpRequest.Builder asEveryRole(String path) {
        return RunningApplication.as(app.request(path), "sw.fuzz", "council", ROLES);
    }

    record Parameter(String name, String in, JsonNode schema) {}

    record Case(String method, String template, String url, String what) {}

    /** The access audit records every attempted read of a child's record, refused or not: that is no stored input. */
    private static final Set<String> AUDIT_TABLES = Set.of("governance.child_record_access",
            "governance.access_audit_link", "governance.access_audit_seal");

    // ---- path segments and query parameters -------------------------------------------------------------------

    @Test
    void fuzzed_path_segments_and_query_parameters_of_every_route_get_4xx_problems_and_store_nothing() throws Exception {
        JsonNode document = app.openApi();
        List<Case> cases = new ArrayList<>();
        int routes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = parameters(document, path.getValue(), op.getValue());
                if (parameters.stream().noneMatch(p -> p.in().equals("path") || p.in().equals("query"))) {
                    continue;
                }
                routes++;
                cases.addAll(cases(op.getKey().toUpperCase(), path.getKey(), parameters));
            }
        }
        app.quiesce();
        Map<String, Long> before = app.fingerprint();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        long started = System.nanoTime();
        for (Case c : cases) {
            var request = asEveryRole(c.url());
            if (c.method().equals("GET") || c.method().equals("DELETE")) {
                request.method(c.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(c.method(), HttpRequest.BodyPublishers.ofString("{}"));
            }
            var response = app.send(request);
            statuses.merge(response.status(), 1, Integer::sum);
            String label = response.status() + " " + c.method() + " " + c.template() + " " + c.what();
            if (response.status() >= 500) {
                serverErrors.add(label);
            } else if (response.status() >= 400 && !response.isProblem()) {
                notProblems.add(label);
            } else if (response.status() < 400) {
                accepted.add(label);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        app.quiesce();
        Map<String, Long> after = app.fingerprint();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, rows) -> {
            if (!rows.equals(after.get(table)) && !AUDIT_TABLES.contains(table)) {
                changed.put(table, rows + " -> " + after.get(table));
            }
        });
        Figures.print("fuzzed path segments and query parameters", List.of(
                "routes with path or query parameters: " + routes,
                "requests sent: " + cases.size() + " in " + millis + " ms",
                "statuses seen: " + statuses,
                "5xx answers: " + serverErrors.size() + " " + serverErrors,
                "refusals that were not problem+json: " + notProblems.size() + " " + notProblems,
                "accepted (2xx) with a fuzzed value: " + accepted.size() + " " + accepted,
                "tables whose row count changed: " + changed.size() + " " + changed));

        assertEquals(List.of(), serverErrors, "no 5xx for anything in a URL");
        assertEquals(List.of(), notProblems, "every refusal problem+json");
        assertEquals(List.of(), accepted, "no fuzzed value accepted");
        assertEquals(Map.of(), changed, "nothing stored");
    }

    /** The operation's parameters and its path's, with {@code $ref}s to components resolved. */
    private static List<Parameter> parameters(JsonNode document, JsonNode pathItem, JsonNode operation) {
        List<Parameter> found = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = p.has("$ref") ? document.at(p.get("$ref").asText().substring(1)) : p;
                found.add(new Parameter(resolved.get("name").asText(), resolved.get("in").asText(),
                        resolved.path("schema")));
            }
        }
        return found;
    }

    /** A value the parameter accepts. */
    private static String valid(Parameter p) {
        String type = p.schema().path("type").asText("string");
        String format = p.schema().path("format").asText("");
        if (type.equals("integer")) {
            return p.schema().has("minimum") ? p.schema().get("minimum").asText() : "2024";
        }
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2025-03-31";
        }
        if (p.schema().has("enum")) {
            return p.schema().get("enum").get(0).asText();
        }
        return "x";
    }

    /** Values no parameter of this schema accepts, URL-encoded, by what they are. */
    private static Map<String, String> invalid(Parameter p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "%00");
        values.put("NUL inside", "a%00b");
        values.put("invalid UTF-8", "%C3%28");
        values.put("lone surrogate (CESU)", "%ED%A0%80");
        String type = p.schema().path("type").asText("string");
        String format = p.schema().path("format").asText("");
        if (type.equals("integer")) {
            values.put("text", "abc");
            values.put("decimal", "1.5");
            values.put("exponent", "1e9");
            values.put("negative", "-1");
            values.put("huge", "99999999999999999999");
            if (p.schema().has("maximum")) {
                values.put("over the maximum", Long.toString(p.schema().get("maximum").asLong() + 1));
            }
            if (p.schema().has("minimum")) {
                values.put("under the minimum", Long.toString(p.schema().get("minimum").asLong() - 1));
            }
        } else if (format.equals("uuid")) {
            values.put("not a UUID", "not-a-uuid");
            values.put("UUID too long", UUID.randomUUID() + "0");
            values.put("overlong", "a".repeat(3_000));
        } else if (format.equals("date")) {
            values.put("30 February", "2025-02-30");
            values.put("month 13", "2025-13-01");
            values.put("year -999999999", "-999999999-01-01");
            values.put("year 0", "0000-01-01");
            values.put("year 10000", "%2B10000-01-01");
            values.put("not ISO", "31%2F12%2F2025");
            values.put("date-time", "2025-01-01T00:00:00Z");
        } else if (p.schema().has("enum")) {
            values.put("not one of the codes", "BOGUS");
        } else {
            values.put("overlong", "a".repeat(3_000));
        }
        return values;
    }

    private static List<Case> cases(String method, String template, List<Parameter> parameters) {
        Map<String, String> validPath = new LinkedHashMap<>();
        parameters.stream().filter(p -> p.in().equals("path")).forEach(p -> validPath.put(p.name(), valid(p)));
        List<Case> cases = new ArrayList<>();
        for (Parameter p : parameters) {
            if (!p.in().equals("path") && !p.in().equals("query")) {
                continue;
            }
            for (var bad : invalid(p).entrySet()) {
                String url;
                if (p.in().equals("path")) {
                    Map<String, String> values = new LinkedHashMap<>(validPath);
                    values.put(p.name(), bad.getValue());
                    url = fill(template, values);
                    if (bad.getValue().isEmpty()) {
                        continue; // an empty segment is another route
                    }
                } else {
                    url = fill(template, validPath) + "?" + p.name() + "=" + bad.getValue();
                }
                cases.add(new Case(method, template, url, p.name() + " " + bad.getKey()));
            }
        }
        return cases;
    }

    private static String fill(String template, Map<String, String> values) {
        String url = template;
        for (var v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url;
    }

    // ---- the largest page, read whole -------------------------------------------------------------------------

    @Test
    void the_largest_page_of_a_list_is_read_whole_every_time() throws Exception {
        // A thousand services of about 4 KB each in the public directory (as an import stores them).
        TestDatabase.Target target = app.running().database();
        String description = "A family support service for children and young people. ".repeat(70);
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var insert = c.prepareStatement("""
                     insert into family_support.directory_service
                         (id, name, status, free, search_text, document, list_document)
                     values (?::uuid, ?, 'active', true, ?, ?, ?)""")) {
            for (int i = 0; i < 1_000; i++) {
                String id = UUID.randomUUID().toString();
                String name = "Large page service %04d".formatted(i);
                String json = new ObjectMapper().writeValueAsString(Map.of("id", id, "name", name,
                        "status", "active", "description", description));
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setString(3, name + " " + description);
                insert.setString(4, json);
                insert.setString(5, json);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<String> reads = new ArrayList<>();
        for (int round = 1; round <= 10; round++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = app.send(app.request("/family-support/services?per_page=1000")
                    .timeout(Duration.ofSeconds(30)).GET()).raw();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, response.statusCode(), new String(response.body()));
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            assertTrue(declared == -1 || declared == response.body().length,
                    "the whole body: declared " + declared + ", read " + response.body().length);
            JsonNode page = new ObjectMapper().readTree(response.body());
            assertEquals(1_000, page.get("contents").size(), "a full page of 1000");
            reads.add(response.body().length + " bytes in " + millis + " ms");
        }
        Figures.print("the largest page read whole (GET /family-support/services?per_page=1000, 10 times)", reads);
    }

    // ---- a burst larger than the pool -------------------------------------------------------------------------

    @Test
    void a_burst_larger_than_the_pool_gets_503_with_retry_after_quickly_while_health_and_metrics_answer()
            throws Exception {
        int burst = 40; // ten times the pool of four connections per context
        for (int i = 0; i < 20; i++) { // warm: a cold JVM's first requests are slow on a loaded machine
            app.send(asEveryRole("/family-support/family-hubs").GET());
        }
        List<String> figures = new ArrayList<>();
        List<Runnable> checks = new ArrayList<>();
        // 1. Cheap reads: the pool turns over fast enough that most are served.
        figures.add("burst of " + burst + " reads: " + burst(burst, null, checks));
        // 2. Every connection held (the table locked by an administrator for 3.5 s): the rest are refused in time.
        TestDatabase.Target target = app.running().database();
        try (Connection holder = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table family_support.family_hub in access exclusive mode");
            Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(3_500);
                    holder.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            figures.add("burst of " + burst + " reads with every connection held 3.5 s: " + burst(burst, holder, checks));
        }
        Figures.print("a burst larger than the pool (db.pool-size 4, GET /family-support/family-hubs)", figures);
        checks.forEach(Runnable::run);
    }

    /** {@code size} reads released at once (and health and metrics asked during them); the statuses seen. */
    private static Map<String, Object> burst(int size, Connection held, List<Runnable> checks) throws Exception {
        var go = new CountDownLatch(1);
        List<Future<long[]>> answers = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        long[] health;
        long[] metrics;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < size; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    long started = System.nanoTime();
                    var response = app.send(asEveryRole("/family-support/family-hubs").GET());
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    boolean ok = response.status() == 200 || (response.status() == 503 && response.isProblem()
                            && response.raw().headers().firstValue("Retry-After").isPresent());
                    if (!ok) {
                        synchronized (wrong) {
                            wrong.add(response.status() + " " + response.contentType());
                        }
                    }
                    return new long[] {response.status(), millis};
                }));
            }
            go.countDown();
            Thread.sleep(300); // the burst is queued for connections
            health = timed(app.request("/observe/health").header("Accept", "application/json").GET());
            metrics = timed(RunningApplication.as(app.request("/observe/metrics"), "ops.burst", "council",
                    "administrator").header("Accept", "text/plain").GET());
        }
        Map<Long, Integer> statuses = new TreeMap<>();
        long slowest = 0;
        long slowest503 = 0;
        for (var answer : answers) {
            long[] a = answer.get();
            statuses.merge(a[0], 1, Integer::sum);
            slowest = Math.max(slowest, a[1]);
            if (a[0] == 503) {
                slowest503 = Math.max(slowest503, a[1]);
            }
        }
        final long slowestAnswer = slowest;
        final long slowestRefusal = slowest503;
        checks.add(() -> {
            assertEquals(List.of(), wrong, "only 200, or 503 problem+json with Retry-After");
            assertTrue(slowestAnswer < 15_000, "no request hangs: the slowest took " + slowestAnswer + " ms");
            assertTrue(slowestRefusal < 8_000, "a refusal within the 2 s connection wait and some slack: " + slowestRefusal);
            // Health answers on its own connections within its deadline (UP, or DOWN if its probes could not connect
            // in 800 ms on a starved machine); metrics never touch the database.
            assertTrue(health[0] == 200 || health[0] == 503, "health answers during the burst: " + health[0]);
            assertTrue(health[1] < 2_500, "health answered in " + health[1] + " ms");
            assertEquals(200, metrics[0], "metrics answer during the burst");
            assertTrue(metrics[1] < 2_500, "metrics answered in " + metrics[1] + " ms");
            if (held != null) {
                assertTrue(statuses.getOrDefault(503L, 0) > 0, "with every connection held, some are refused: " + statuses);
            }
        });
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("statuses", statuses);
        seen.put("slowest ms", slowest);
        seen.put("slowest 503 ms", slowest503);
        seen.put("health", health[0] + " in " + health[1] + " ms");
        seen.put("metrics", metrics[0] + " in " + metrics[1] + " ms");
        return seen;
    }

    private static long[] timed(HttpRequest.Builder request) {
        long started = System.nanoTime();
        var response = app.send(request);
        return new long[] {response.status(), (System.nanoTime() - started) / 1_000_000};
    }
}
