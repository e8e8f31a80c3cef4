package org.cypf.governance.strategy.adapter.in.http;

import org.cypf.testing.TestTokens;
import org.cypf.platform.http.Authentication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.governance.GovernanceContext;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;

/**
 * Governance assembled as the app assembles it, on a fresh PostgreSQL database per test class: the strategy
 * services on the {@code cypf_governance} pool, partner organisation {@code council}, a fixed clock, a fake
 * social-care measure source, and an admin connection to count rows the API would not show. What the strategy
 * capability's application and domain tests also use is public.
 */
public final class StrategyFixture implements AutoCloseable {
    /** Monday 30 June 2025, lunchtime in England. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    public static final String PARTNER = "council";
    public static final String USER = "pm.jones";
    static final String BASE = StrategyHttp.PREFIX;
    static final String CLA_KEY = "social-care.children-looked-after";
    /** What the fake social-care source answers from 2025 on; the year before it answered {@link #CLA_BEFORE}. */
    static final BigDecimal CLA_NOW = new BigDecimal("431");
    static final BigDecimal CLA_BEFORE = new BigDecimal("440");
    static final Instant COMPUTED_AT = Instant.parse("2025-03-31T23:00:00Z");
    static final String CLA_DEFINITION = "children looked after on the date (SSDA903 counting rule)";

    private static final AtomicInteger IDS = new AtomicInteger();

    final TestDatabase.Target target;
    final ContextDatabase db;
    public final GovernanceContext context;
    public final StrategyScorecards scorecards;
    final CloseableDSLContext admin;

    private StrategyFixture(String purpose, Set<String> partners) {
        this.target = TestDatabase.fresh(purpose);
        this.db = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "governance", 4);
        this.context = new GovernanceContext(db, partners, CLOCK);
        this.scorecards = context.strategyScorecards(List.of(new FakeChildrenLookedAfter()));
        this.admin = DSL.using(target.jdbcUrl(), target.user(), target.password());
    }

    public static StrategyFixture start(String purpose) {
        return new StrategyFixture(purpose, Set.of(PARTNER));
    }

    /** With data-sharing agreements for these organisations rather than {@link #PARTNER} alone. */
    public static StrategyFixture start(String purpose, Set<String> partners) {
        return new StrategyFixture(purpose, partners);
    }

    /** Mounts the strategy resources, with the fake source bound, and the problem+json mapping. */
    void mount(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(BASE, context.strategyHttp(scorecards));
    }

    /** A strategy id no other test of this JVM uses. */
    public static String freshId(String stem) {
        return stem + "-" + IDS.incrementAndGet();
    }

    /** The admin connection, for checks and benchmarks that read the tables directly. */
    public CloseableDSLContext admin() {
        return admin;
    }

        long count(String sql, Object... binds) {
        return admin.fetchOne(sql, binds).get(0, Long.class);
    }

    /** Rows in the three strategy tables, all strategies. */
    List<Long> tableCounts() {
        return List.of(count("select count(*) from governance.strategy"),
                count("select count(*) from governance.strategy_observation"),
                count("select count(*) from governance.strategy_change"));
    }

    @Override
    public void close() {
        admin.close();
        db.close();
    }

    // ------------------------------------------------------------------------------------------ seed files

    /** docs/strategies, found by walking up from the working directory (Maven runs in the module directory). */
    public static Path strategiesFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("docs").resolve("strategies");
            if (Files.isDirectory(candidate) && Files.exists(candidate.resolve("strategy.schema.json"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no docs/strategies above " + Path.of("").toAbsolutePath());
    }

    static Path seed(String prefix) {
        try (var files = Files.list(strategiesFolder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".yaml"))
                    .findFirst().orElseThrow(() -> new AssertionError("no seed file " + prefix + "*.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed file parsed as a tree, to compare what the API holds with what the file says. */
    static JsonNode yamlTree(Path file) {
        try {
            return JsonMapping.clientsYaml().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    public static JsonNode json(String text) {
        try {
            return JsonMapping.clients().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static String text(JsonNode node) {
        try {
            return JsonMapping.clients().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small valid strategy: two outcomes, horizons Survive (1-2) and Strive (3-5), two priorities, a partner,
     * three measures (a percentage with a target per horizon, a count, a quarterly percentage), a programme with
     * projects, milestones and risks, an action and a board. The period starts on 1 April 2024.
     */
    public static ObjectNode smallStrategy(String id) {
        return (ObjectNode) json("""
                {"id": "%s", "title": "Small strategy", "partnership": {"name": "Test Partnership", "area": "Testshire"},
                 "period": {"start": "2024-04-01", "end": "2027-03-31"},
                 "outcomes": [{"id": "safe", "name": "Safe"}, {"id": "achieving", "name": "Achieving"}],
                 "areas": [{"id": "send", "name": "SEND"}],
                 "horizons": [{"id": "survive", "name": "Survive", "fromYear": 1, "toYear": 2},
                              {"id": "strive", "name": "Strive", "fromYear": 3, "toYear": 5}],
                 "priorities": [{"id": "p1", "number": 1, "title": "Keep children safe", "outcomes": ["safe"]},
                                {"id": "p2", "number": 2, "title": "Help children achieve", "outcomes": ["achieving"], "areas": ["send"]}],
                 "partners": [{"id": "schools", "name": "Schools", "kind": "schools"}],
                 "measures": [
                   {"id": "gld", "title": "Good level of development", "outcome": "achieving", "area": "send",
                    "unit": "PERCENTAGE", "polarity": "HIGHER_IS_BETTER", "frequency": "ANNUAL",
                    "source": {"kind": "SUBMITTED", "partner": "schools"},
                    "baseline": {"asAt": "2023-07-31", "value": 60},
                    "targets": [{"horizon": "survive", "value": 65}, {"horizon": "strive", "value": 70}],
                    "benchmarks": [{"comparator": "ENGLAND", "value": 67.7, "asAt": "2024-07-31"}],
                    "observations": [{"asAt": "2024-07-31", "value": 64, "numerator": 640, "denominator": 1000}]},
                   {"id": "missing-children", "title": "Missing children", "outcome": "safe",
                    "unit": "COUNT", "polarity": "LOWER_IS_BETTER", "frequency": "ANNUAL"},
                   {"id": "attendance", "title": "Attendance", "outcome": "achieving",
                    "unit": "PERCENTAGE", "polarity": "HIGHER_IS_BETTER", "frequency": "QUARTERLY"}
                 ],
                 "programme": {
                   "projects": [
                     {"id": "front-door", "kind": "KEY", "title": "Front door", "seniorResponsibleOwner": "Director of Children's Services",
                      "status": "ON_TRACK", "priorities": ["p1"],
                      "milestones": [{"title": "Single front door live", "due": "2025-01-31", "status": "IN_PROGRESS"},
                                     {"title": "Referral form retired", "due": "2024-10-31", "status": "DONE"},
                                     {"title": "Evaluation", "due": "2025-12-31", "status": "NOT_STARTED"}]},
                     {"id": "inclusion", "kind": "KEY", "title": "Inclusion", "status": "AT_RISK", "dependsOn": ["front-door"]},
                     {"id": "workforce", "kind": "ENABLING", "title": "Workforce"}
                   ],
                   "risks": [
                     {"id": "funding", "title": "Funding falls short", "likelihood": 4, "impact": 4, "owner": "Finance director",
                      "reviewDate": "2025-05-31", "projects": ["inclusion"]},
                     {"id": "recruitment", "title": "Recruitment is slow", "likelihood": 2, "impact": 3, "owner": "HR"}
                   ]
                 },
                 "actionPlan": [{"id": "a1", "title": "Launch the front door", "priorities": ["p1"], "timescale": "Q2 2024/25",
                                 "status": "IN_PROGRESS"}],
                 "boards": [{"id": "partnership-board", "name": "Partnership Board", "statutory": false, "members": ["schools"]}]
                }""".formatted(id));
    }

    /** Shortcut: the {@code i}th element of a JSON array field, as an object to modify. */
    public static ObjectNode at(JsonNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    // ------------------------------------------------------------------------------------------ HTTP

    record Answer(int status, String contentType, String text, String location, String etag) {
        JsonNode body() {
            return text == null || text.isEmpty() ? json("{}") : json(text);
        }

        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body().path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    static Answer answer(Http1ClientResponse response) {
        try (response) {
            return new Answer(response.status().code(),
                    response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    response.as(String.class),
                    response.headers().first(HeaderNames.LOCATION).orElse(null),
                    response.headers().first(HeaderNames.ETAG).orElse(null));
        }
    }

    /** Asserts a problem+json answer with {@code status}; returns it for the fields. */
    static Answer problem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer::text);
        assertEquals(ProblemResponses.MEDIA_TYPE, answer.contentType(), answer::text);
        assertEquals(status, answer.body().get("status").asInt());
        return answer;
    }

    static Http1ClientRequest as(Http1ClientRequest request, String organisation) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer(USER, organisation));
    }

    static Answer postJson(Http1Client client, String path, String body) {
        return answer(as(client.post(path), PARTNER).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    static Answer postYaml(Http1Client client, String path, String body) {
        return answer(as(client.post(path), PARTNER).header(HeaderNames.CONTENT_TYPE, "application/yaml").submit(body));
    }

    static Answer postCsv(Http1Client client, String path, String body) {
        return answer(as(client.post(path), PARTNER).header(HeaderNames.CONTENT_TYPE, "text/csv").submit(body));
    }

    /** GET {@code path}, whose query ({@code ?a=1&b=2}) is sent as query parameters (the client would escape a '?'). */
    static Answer get(Http1Client client, String path) {
        int q = path.indexOf('?');
        Http1ClientRequest request = as(client.get(q < 0 ? path : path.substring(0, q)), PARTNER);
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                request = eq < 0 ? request.queryParam(pair, "") : request.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return answer(request.request());
    }

    /** Loads a document as JSON and asserts it was created. */
    static Answer load(Http1Client client, JsonNode document) {
        Answer created = postJson(client, BASE, text(document));
        assertEquals(201, created.status(), created::text);
        return created;
    }

    // ------------------------------------------------------------------------------------------ measure source

    /** Social care's children-looked-after count, as a context would compute it. */
    static final class FakeChildrenLookedAfter implements MeasureSource {
        @Override
        public Set<String> measureKeys() {
            return Set.of(CLA_KEY);
        }

        @Override
        public MeasureValue compute(String measureKey, LocalDate asAt) {
            if (!CLA_KEY.equals(measureKey)) {
                throw new IllegalArgumentException("not computed here: " + measureKey);
            }
            BigDecimal value = asAt.isBefore(LocalDate.of(2025, 1, 1)) ? CLA_BEFORE : CLA_NOW;
            return new MeasureValue(measureKey, asAt, value, null, null,
                    new Provenance("social-care", CLA_DEFINITION, COMPUTED_AT));
        }
    }
}
