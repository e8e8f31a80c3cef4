package org.cypf.educationskills.virtualschool.adapter.in.http;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import java.util.Set;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.SecuredRouting;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /education-skills/virtual-school/children over a real socket, on PostgreSQL, with the problem mapping. */
class EducationSkillsHttpTest {
    private static final String ROLL = "/education-skills/virtual-school/children";
    private static final ChildId EARLIER_PEP = ChildId.newId();
    private static final ChildId LATER_PEP = ChildId.newId();

    private static AdminSql admin;
    private static ContextDatabase education;
    private static WebServer server;
    private static Http1Client client;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("virtual school http");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council", "school")).withAuditAsAdministrator(target);
        var context = new EducationSkillsContext(education, access);
        Caller virtualSchool = Caller.system("education-skills.virtual-school");
        context.virtualSchool().register(virtualSchool, new RegisterChildInCare(LATER_PEP, null, of(2012, 1, 9),
                of(2025, 12, 15)));
        context.virtualSchool().register(virtualSchool, new RegisterChildInCare(EARLIER_PEP,
                UniquePupilNumber.parse("A861200101002"), of(2014, 2, 3), of(2025, 4, 10)));
        server = WebServer.builder()
                .host("localhost")
                .port(0)
                .routing(routing -> {
                    SecuredRouting.prepare(routing);
                    routing.register(EducationSkillsHttp.PREFIX, context.http());
                })
                .build()
                .start();
        client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        education.close();
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long auditRows() {
        return admin.count("select count(*) from governance.child_record_access");
    }

    @Test
    void a_partner_sees_the_roll_soonest_pep_first() {
        long before = auditRows();
        try (var response = client.get(ROLL)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("vsh.jones", "school", "virtual-school-officer"))
                .request()) {
            assertEquals(200, response.status().code());
            assertEquals("application/json", response.headers().get(HeaderNames.CONTENT_TYPE).get());
            JsonNode body = json(response);
            assertEquals(2, body.get("count").asInt());
            JsonNode first = body.at("/children/0");
            assertEquals(EARLIER_PEP.toString(), first.get("childId").asText());
            assertEquals("A861200101002", first.get("upn").asText());
            assertEquals("2014-02-03", first.get("dateOfBirth").asText());
            assertEquals("2025-04-10", first.get("enteredCareOn").asText());
            assertEquals("2025-05-13", first.get("pepDueBy").asText());
            assertTrue(first.get("leftCareOn").isNull());
            assertEquals(LATER_PEP.toString(), body.at("/children/1/childId").asText());
            assertEquals("2026-01-15", body.at("/children/1/pepDueBy").asText());
        }
        assertEquals(before + 2, auditRows(), "one LIST entry per child disclosed");
        assertEquals(2, admin.count("""
                select count(*) from governance.child_record_access
                 where user_id = 'vsh.jones' and organisation = 'school' and action = 'LIST' and decision = 'PERMITTED'"""));
    }

    @Test
    void no_bearer_token_is_401_problem_json() {
        long before = auditRows();
        try (var response = client.get(ROLL).request()) {
            assertEquals(401, response.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            JsonNode problem = json(response);
            assertEquals(401, problem.get("status").asInt());
            assertEquals("urn:cypf:problem:caller-not-identified", problem.get("type").asText());
            assertTrue(problem.get("detail").asText().contains("bearer token"));
            assertTrue(response.headers().first(HeaderNames.WWW_AUTHENTICATE).orElseThrow().startsWith("Bearer"));
            assertFalse(problem.has("children"));
        }
        String withoutOrganisation = TestTokens.sign(TestTokens.claims("vsh.jones", "school", "virtual-school-officer")
                .claim(TestTokens.ORGANISATION_CLAIM, null).build());
        try (var response = client.get(ROLL).header(HeaderNames.AUTHORIZATION, "Bearer " + withoutOrganisation)
                .request()) {
            assertEquals(401, response.status().code(), "a user without an organisation is not enough");
        }
        assertEquals(before, auditRows());
    }

    @Test
    void a_caller_outside_the_partnership_gets_403_and_the_refusal_is_audited() {
        try (var response = client.get(ROLL)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("someone", "data-broker-ltd", "virtual-school-officer"))
                .request()) {
            assertEquals(403, response.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            JsonNode problem = json(response);
            assertEquals("urn:cypf:problem:access-denied", problem.get("type").asText());
            assertFalse(problem.toString().contains(EARLIER_PEP.toString()), "no child is named in a refusal");
        }
        // the list is refused before any child is read (ADR 0033): one audit row, naming no child
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access
                 where organisation = 'data-broker-ltd' and decision = 'DENIED' and rule = 'NOT-A-PARTNER'
                   and child_id is null"""));
    }
}
