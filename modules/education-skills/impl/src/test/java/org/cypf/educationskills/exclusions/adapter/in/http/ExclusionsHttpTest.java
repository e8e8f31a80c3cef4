package org.cypf.educationskills.exclusions.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import java.util.Set;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.EducationSkillsContext;
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

/** The suspensions and exclusions import and reads over a real socket, on PostgreSQL, with the problem mapping. */
class ExclusionsHttpTest {
    private static final String REGISTER = "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
            + "Trusts (name),Postcode\r\n100001,Brook Primary,Community school,Primary,,ST1 1AA\r\n";
    private static final String HEADER = "UPN,URN,Category,Reason,StartDate,Sessions\r\n";

    private static AdminSql admin;
    private static ContextDatabase education;
    private static WebServer server;
    private static Http1Client client;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("exclusions http");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var context = new EducationSkillsContext(education,
                RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target));
        server = WebServer.builder().host("localhost").port(0)
                .routing(routing -> {
                    SecuredRouting.prepare(routing);
                    routing.register(EducationSkillsContext.PATH, context.http());
                })
                .build().start();
        client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        education.close();
    }

    private static Http1ClientResponse postCsv(String path, String csv) {
        return client.post(EducationSkillsContext.PATH + path)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("attendance.officer", "council", "virtual-school-officer"))
                .header(HeaderNames.CONTENT_TYPE, "text/csv")
                .submit(csv);
    }

    /** GET {@code path} with query parameters given as name, value, name, value... */
    private static Http1ClientResponse get(String path, String... query) {
        var request = client.get(EducationSkillsContext.PATH + path)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("attendance.officer", "council", "virtual-school-officer"));
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.request();
    }

    private static JsonNode json(Http1ClientResponse response) {
        try {
            return JsonMapping.clients().readTree(response.as(String.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exclusions_imported_and_read_back_paged_with_the_reasons_words() {
        try (var r = postCsv("/settings/register", REGISTER)) {
            assertEquals(200, r.status().code());
        }
        try (var r = postCsv("/exclusions", HEADER + "V861123424001,100001,FIXD,VA,2024-11-04,4\r\n"
                + "V861123424001,100001,PERM,OW,2025-02-03,\r\n")) {
            assertEquals(200, r.status().code());
            JsonNode body = json(r);
            assertEquals(2, body.get("added").asInt());
            assertEquals(1, body.get("newPupils").asInt());
        }
        try (var r = get("/pupils/V861123424001/exclusions", "page", "1", "size", "1")) {
            assertEquals(200, r.status().code());
            JsonNode body = json(r);
            assertEquals(2, body.get("total").asInt());
            assertEquals("PERMANENT", body.at("/exclusions/0/category").asText());
            assertEquals("Use or threat of use of an offensive weapon or prohibited item",
                    body.at("/exclusions/0/reasonLabel").asText());
            assertEquals(true, body.at("/exclusions/0/sessions").isNull());
        }
    }

    @Test
    void a_bad_reason_is_400_problem_json_naming_row_column_and_rule_and_stores_nothing() {
        try (var r = postCsv("/exclusions", HEADER + "J861123424002,100001,FIXD,XX,2024-11-04,4\r\n")) {
            assertEquals(400, r.status().code());
            assertEquals(ProblemResponses.MEDIA_TYPE, r.headers().get(HeaderNames.CONTENT_TYPE).get());
            JsonNode problem = json(r);
            assertEquals("rows[2].Reason", problem.at("/errors/0/field").asText(), problem.toString());
            assertEquals(true, problem.at("/errors/0/reason").asText().startsWith("is not a DfE exclusion reason code"));
        }
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'J861123424002'"));
        try (var r = get("/pupils/J861123424002/exclusions", "size", "1001")) {
            assertEquals(400, r.status().code());
        }
        try (var r = get("/virtual-school/children/not-a-uuid/exclusions")) {
            assertEquals(400, r.status().code());
        }
    }
}
