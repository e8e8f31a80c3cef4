package org.cypf.healthwellbeing.healthychild.adapter.in.http;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.shared.NhsNumbers;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The healthy child programme over a real socket on PostgreSQL: children registered by NHS number, reviews recorded
 * and listed with the filter and paging in SQL, the on-time measure, and the rows subject access exports.
 */
class HealthyChildProgrammeHttpTest {
    private static final String CHILDREN = "/health-wellbeing/healthy-child/children";
    private static final String REVIEWS = "/health-wellbeing/healthy-child/reviews";

    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static WebServer server;
    private static Http1Client client;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("healthy child programme http");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target);
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        server = WebServer.builder().host("localhost").port(0)
                .routing(routing -> {
                    SecuredRouting.prepare(routing);
                    routing.register(HealthWellbeingContext.PATH, context.http());
                })
                .build().start();
        client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        health.close();
    }

    private static Http1ClientRequest visitor(Http1ClientRequest request) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("hv.khan", "nhs", "health-visitor"))
                .header(HeaderNames.CONTENT_TYPE, "application/json");
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode post(String path, String body, int status) {
        try (var response = visitor(client.post(path)).submit(body)) {
            JsonNode answer = json(response);
            assertEquals(status, response.status().code(), answer.toString());
            return answer;
        }
    }

    private static String register(int n, String born) {
        String nhs = NhsNumbers.valid(n);
        post(CHILDREN, "{\"nhsNumber\":\"" + nhs + "\",\"childId\":\"" + ChildId.newId() + "\",\"dateOfBirth\":\""
                + born + "\"}", 201);
        return nhs;
    }

    @Test
    void a_bad_nhs_number_is_refused_as_problem_json_and_nothing_is_stored() {
        long before = admin.count("select count(*) from health_wellbeing.hcp_child");
        try (var response = visitor(client.post(CHILDREN)).submit("{\"nhsNumber\":\"9434765918\",\"childId\":\""
                + ChildId.newId() + "\",\"dateOfBirth\":\"2025-01-01\"}")) {
            assertEquals(400, response.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            JsonNode problem = json(response);
            assertEquals("nhsNumber", problem.at("/errors/0/field").asText());
            assertTrue(problem.at("/errors/0/reason").asText().contains("check digit"));
        }
        assertEquals(before, admin.count("select count(*) from health_wellbeing.hcp_child"));
    }

    @Test
    void reviews_are_recorded_listed_by_filter_a_page_at_a_time_and_measured() {
        String first = register(100, "2026-01-05");
        String second = register(101, "2026-01-20");
        String third = register(102, "2026-02-02");
        post(CHILDREN + "/" + first + "/reviews",
                "{\"review\":\"NEW_BIRTH\",\"outcome\":\"DONE\",\"on\":\"2026-01-19\",\"version\":0}", 200);
        post(CHILDREN + "/" + second + "/reviews",
                "{\"review\":\"NEW_BIRTH\",\"outcome\":\"DONE\",\"on\":\"2026-02-06\",\"version\":0}", 200);
        JsonNode refused = post(CHILDREN + "/" + third + "/reviews",
                "{\"review\":\"SIX_TO_EIGHT_WEEKS\",\"outcome\":\"MISSED\",\"on\":\"2026-03-20\",\"version\":0}", 400);
        assertTrue(refused.toString().contains("closes on 2026-03-30"), refused.toString());
        JsonNode third1 = post(CHILDREN + "/" + third + "/reviews",
                "{\"review\":\"NEW_BIRTH\",\"outcome\":\"DECLINED\",\"on\":\"2026-02-10\",\"version\":0}", 200);
        assertEquals(1, third1.get("version").asInt());

        try (var response = visitor(client.get(REVIEWS).queryParam("review", "NEW_BIRTH")
                .queryParam("closesFrom", "2026-01-01").queryParam("closesTo", "2026-02-28")
                .queryParam("size", "2").queryParam("page", "2")).request()) {
            JsonNode page = json(response);
            assertEquals(200, response.status().code(), page.toString());
            assertEquals(3, page.get("total").asInt());
            assertEquals(1, page.get("count").asInt());
            assertEquals(third, page.at("/reviews/0/nhsNumber").asText(), "closing last: born last");
            assertEquals("DECLINED", page.at("/reviews/0/outcome").asText());
        }
        try (var response = visitor(client.get(REVIEWS).queryParam("review", "SIX_TO_EIGHT_WEEKS")
                .queryParam("outcome", "OUTSTANDING").queryParam("closesFrom", "2026-01-01").queryParam("closesTo", "2026-03-31")).request()) {
            JsonNode page = json(response);
            assertEquals(3, page.get("total").asInt(), page.toString());
        }
        try (var response = visitor(client.get(REVIEWS).queryParam("outcome", "LATE")).request()) {
            assertEquals(400, response.status().code());
            assertEquals("outcome", json(response).at("/errors/0/field").asText());
        }

        // new birth visits closing 19 January to 16 February 2026: 1 of 3 on time (one late, one declined)
        var measure = context.measureSources().stream()
                .filter(s -> s.measureKeys().contains("health-wellbeing.mandated-reviews-on-time.new-birth"))
                .findFirst().orElseThrow().compute("health-wellbeing.mandated-reviews-on-time.new-birth", of(2026, 3, 31));
        assertEquals(3L, measure.denominator());
        assertEquals(1L, measure.numerator());
        assertEquals(new BigDecimal("33.3"), measure.value());
    }

    @Test
    void subject_access_finds_the_child_and_their_reviews() {
        String nhs = register(200, "2024-01-01");
        String childId = admin.rows("select child_id::text as id from health_wellbeing.hcp_child where nhs_number = ?",
                nhs).getFirst().get("id").toString();
        var held = context.childRecordSource().recordsOf(ChildId.parse(childId));
        assertEquals(1, held.stream().filter(r -> r.recordType().equals("hcp_child")).count());
        assertEquals(5, held.stream().filter(r -> r.recordType().equals("hcp_review")).count());
        assertTrue(held.stream().map(HeldRecord::context).allMatch("health-wellbeing"::equals));
    }

    @Test
    void a_childs_reviews_are_read_through_the_api_a_page_at_a_time_each_read_audited_and_an_outsider_refused() {
        String nhs = NhsNumbers.valid(110);
        String child = ChildId.newId().toString();
        post(CHILDREN, "{\"nhsNumber\":\"" + nhs + "\",\"childId\":\"" + child + "\",\"dateOfBirth\":\"2024-03-04\"}",
                201);
        post(CHILDREN + "/" + nhs + "/reviews",
                "{\"review\":\"NEW_BIRTH\",\"outcome\":\"DONE\",\"on\":\"2024-03-15\",\"version\":0}", 200);
        // born two years before the other tests' children, so as not to count in their measures
        register(111, "2024-03-04");
        var programme = context.healthyChildProgramme();
        var visitor = new org.cypf.governance.api.access.Caller("hv.khan", "nhs", Set.of(), null);

        var all = programme.reviewsOfChild(visitor, child, 1, 100);
        assertEquals(5, all.total(), "the five mandated reviews of this child alone");
        assertEquals(java.util.List.of("ANTENATAL", "NEW_BIRTH", "SIX_TO_EIGHT_WEEKS", "ONE_YEAR",
                "TWO_AND_A_HALF_YEARS"), all.reviews().stream().map(r -> r.review()).toList(), "by closing day");
        assertEquals("DONE", all.reviews().get(1).outcome());
        assertEquals(of(2024, 3, 15), all.reviews().get(1).outcomeOn());
        var second = programme.reviewsOfChild(visitor, child, 2, 2);
        assertEquals(java.util.List.of("SIX_TO_EIGHT_WEEKS", "ONE_YEAR"),
                second.reviews().stream().map(r -> r.review()).toList());
        assertEquals(5, second.total());

        String audit = "select count(*) from governance.child_record_access where child_id = ?::uuid and decision = ?";
        var tooMany = org.junit.jupiter.api.Assertions.assertThrows(org.cypf.kernel.problem.InvalidInput.class,
                () -> programme.reviewsOfChild(visitor, child, 1, 101));
        assertEquals("size", tooMany.violations().getFirst().field());
        org.junit.jupiter.api.Assertions.assertThrows(org.cypf.kernel.problem.AccessDenied.class,
                () -> programme.reviewsOfChild(new org.cypf.governance.api.access.Caller("someone", "not-a-partner",
                        Set.of(), null), child, 1, 100));
        assertEquals(1, admin.count(audit, child, "DENIED"), "the refusal is audited");
    }
}
