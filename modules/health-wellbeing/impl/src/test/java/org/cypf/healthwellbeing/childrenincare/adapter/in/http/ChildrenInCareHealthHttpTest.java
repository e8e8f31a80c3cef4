package org.cypf.healthwellbeing.childrenincare.adapter.in.http;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.testing.AdminSql;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Children in care health's resources over a real socket, on PostgreSQL, with the problem mapping. */
class ChildrenInCareHealthHttpTest {
    private static final String RECORDS = "/health-wellbeing/children-in-care/records";
    private static final ChildId CHILD = ChildId.newId();

    private static AdminSql admin;
    private static ContextDatabase health;
    private static WebServer server;
    private static Http1Client client;
    private static CareHealthView opened;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("children in care health http");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target);
        var context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        opened = context.childrenInCareHealth().registerEntryToCare(Caller.system("health-wellbeing.children-in-care"),
                new RegisterEntryToCare(CHILD.toString(), UUID.randomUUID(), of(2014, 2, 3), of(2025, 4, 10)));
        context.childrenInCareHealth().registerEntryToCare(Caller.system("health-wellbeing.children-in-care"),
                new RegisterEntryToCare(ChildId.newId().toString(), UUID.randomUUID(), of(2020, 5, 5), of(2025, 1, 6)));
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

    private static Http1ClientRequest nurse(Http1ClientRequest request) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("lac.nurse", "nhs", "health-visitor"));
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long checks() {
        return admin.count("select count(*) from health_wellbeing.care_health_check");
    }

    @Test
    void records_are_listed_soonest_assessment_due_first_a_page_at_a_time() {
        try (var response = nurse(client.get(RECORDS).queryParam("size", "1")).request()) {
            assertEquals(200, response.status().code());
            JsonNode body = json(response);
            assertEquals(1, body.get("count").asInt());
            assertEquals(1, body.get("size").asInt());
            assertEquals("2025-02-03", body.at("/records/0/ihaDueBy").asText(), "20 working days from 6 January 2025");
        }
        try (var response = nurse(client.get(RECORDS).queryParam("size", "1").queryParam("page", "2")).request()) {
            assertEquals(CHILD.toString(), json(response).at("/records/0/childId").asText());
        }
        try (var response = nurse(client.get(RECORDS).queryParam("size", "5000")).request()) {
            assertEquals(400, response.status().code());
            assertEquals("size", json(response).at("/errors/0/field").asText());
        }
    }

    @Test
    void a_check_is_recorded_and_a_bad_one_is_refused_naming_each_field_and_changing_nothing() {
        long before = checks();
        try (var response = nurse(client.post(RECORDS + "/" + UUID.randomUUID() + "/checks"))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"kind\":\"SDQ\",\"checkedOn\":\"2025-05-01\",\"sdqScore\":99,\"version\":0}")) {
            assertEquals(404, response.status().code());
        }
        try (var response = nurse(client.post(RECORDS + "/" + opened.recordId() + "/checks"))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"kind\":\"SDQ\",\"checkedOn\":\"2025-05-01\",\"sdqScore\":99,\"upToDate\":true,\"version\":0}")) {
            assertEquals(400, response.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            String problem = json(response).toString();
            assertTrue(problem.contains("sdqScore") && problem.contains("upToDate"), problem);
        }
        assertEquals(before, checks());
        try (var response = nurse(client.post(RECORDS + "/" + opened.recordId() + "/checks"))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"kind\":\"HEALTH_ASSESSMENT\",\"checkedOn\":\"2025-05-13\",\"version\":0}")) {
            assertEquals(200, response.status().code());
            JsonNode view = json(response);
            assertTrue(view.get("initialAssessmentOnTime").asBoolean());
            assertEquals("2026-05-13", view.get("nextAssessmentDue").asText(), "a child of 11: yearly");
            assertEquals(1, view.get("version").asInt());
        }
        try (var response = nurse(client.get("/health-wellbeing/children-in-care/children/" + CHILD + "/records"))
                .request()) {
            assertEquals("2025-05-13", json(response).at("/records/0/initialAssessmentOn").asText());
        }
    }

    @Test
    void no_caller_is_401_and_a_stranger_403() {
        try (var response = client.get(RECORDS + "/" + opened.recordId()).request()) {
            assertEquals(401, response.status().code());
        }
        try (var response = client.get(RECORDS + "/" + opened.recordId())
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("someone", "data-broker-ltd", "health-visitor"))
                .request()) {
            assertEquals(403, response.status().code());
        }
        try (var response = nurse(client.get("/health-wellbeing/children-in-care/children/not-a-uuid/records"))
                .request()) {
            assertEquals(400, response.status().code());
            assertTrue(json(response).toString().contains("childId"));
        }
    }
}
