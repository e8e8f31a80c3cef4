package org.cypf.socialcare.lookedafter.adapter.in.http;

import org.cypf.testing.TestTokens;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Social care's REST resources over a real socket, mounted on the real services and PostgreSQL. */
@ServerTest
class SocialCareHttpTest {
    private static final String PERIODS = "/social-care/periods-of-care";
    private static SocialCareFixture f;
    private final Http1Client client;

    SocialCareHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "social care http");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String startBody(String localChildId, String startDate) {
        return """
                {"child": {"localChildId": "%s", "upn": "A861200101002", "dateOfBirth": "2013-07-14", "sex": "1"},
                 "startDate": "%s", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U6", "provider": "PR1", "postcode": "st4 1hh", "urn": "SC123456"},
                 "homePostcode": "ST5 2AB"}""".formatted(localChildId, startDate);
    }

    private static Http1ClientRequest as(Http1ClientRequest request, String organisation) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sw.smith", organisation, "social-worker"));
    }

    private Http1ClientRequest post(String path) {
        return as(client.post(path), SocialCareFixture.PARTNER).header(HeaderNames.CONTENT_TYPE, "application/json");
    }

    private Http1ClientRequest get(String path) {
        return as(client.get(path), SocialCareFixture.PARTNER);
    }

    private record Answer(int status, String contentType, JsonNode body, String location) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    private static Answer answer(Http1ClientResponse response) {
        try (response) {
            return new Answer(response.status().code(),
                    response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    json(response.as(String.class)),
                    response.headers().first(HeaderNames.LOCATION).orElse(null));
        }
    }

    private static Answer problem(Http1ClientResponse response, int status) {
        Answer answer = answer(response);
        assertEquals(status, answer.status(), () -> answer.body().toString());
        assertEquals(ProblemResponses.MEDIA_TYPE, answer.contentType());
        assertEquals(status, answer.body().get("status").asInt());
        return answer;
    }

    private Answer start(String localChildId, String startDate) {
        Answer created = answer(post(PERIODS).submit(startBody(localChildId, startDate)));
        assertEquals(201, created.status(), () -> created.body().toString());
        return created;
    }

    @Test
    void post_creates_a_period_of_care_with_its_location() {
        Answer created = start("H100", "2025-04-07");

        String id = created.body().get("periodId").asText();
        assertEquals(PERIODS + "/" + id, created.location());
        assertEquals("application/json", created.contentType());
        assertEquals("H100", created.body().get("localChildId").asText());
        assertEquals("2025-04-07", created.body().get("startDate").asText());
        assertEquals("2013-07-14", created.body().get("dateOfBirth").asText());
        assertEquals(0, created.body().get("version").asLong());
        assertEquals("ST4 1HH", created.body().at("/episodes/0/placementPostcode").asText(), "postcode normalised");

        Answer read = answer(get(created.location()).request());
        assertEquals(200, read.status());
        assertEquals(created.body(), read.body());
    }

    @Test
    void a_malformed_body_is_refused_naming_every_bad_field_and_stores_nothing() {
        long children = f.count("select count(*) from social_care.child");
        long audit = f.auditRows();
        String body = """
                {"child": {"localChildId": "H101", "dateOfBirth": "14/07/2013", "sex": "1", "nhsNumber": "123"},
                 "startDate": "2025-04-07", "legalStatus": "C2", "categoryOfNeed": "N1", "homePostcode": "nowhere"}""";

        Answer refused = problem(post(PERIODS).submit(body), 400);

        assertEquals("urn:cypf:problem:invalid-input", refused.body().get("type").asText());
        assertTrue(refused.fields().containsAll(List.of("placement", "child.nhsNumber", "child.dateOfBirth",
                "homePostcode")), refused.fields()::toString);
        assertFalse(refused.fields().contains("child.localChildId"), "good fields are not named");
        assertFalse(refused.fields().contains("startDate"), "good fields are not named");
        assertFalse(refused.body().toString().contains("14/07/2013"), "the refused value is not echoed");
        assertEquals(children, f.count("select count(*) from social_care.child"));
        assertEquals(audit, f.auditRows());
    }

    @Test
    void an_unknown_field_is_refused_by_name() {
        String body = startBody("H102", "2025-04-07").replace("\"sex\": \"1\"", "\"sex\": \"1\", \"gender\": \"m\"");
        Answer refused = problem(post(PERIODS).submit(body), 400);
        assertEquals(List.of("child.gender"), refused.fields());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H102'"));
    }

    @Test
    void domain_rules_are_refused_by_field_too() {
        // K3 supported accommodation was not a placement type before April 2024
        String body = startBody("H103", "2024-03-31").replace("\"U6\"", "\"K3\"");
        Answer refused = problem(post(PERIODS).submit(body), 400);
        assertEquals(List.of("placement.placementType"), refused.fields());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H103'"));
    }

    @Test
    void without_a_bearer_token_the_answer_is_401() {
        Answer anonymous = problem(client.post(PERIODS).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(startBody("H104", "2025-04-07")), 401);
        assertTrue(anonymous.body().get("detail").asText().contains("bearer token"));
        problem(client.get("/social-care/children-looked-after").request(), 401);
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'H104'"));
    }

    @Test
    void a_caller_outside_the_partnership_gets_403() {
        problem(as(client.post(PERIODS), "rogue-agency").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(startBody("H105", "2025-04-07")), 403);
    }

    @Test
    void an_unknown_period_is_404_and_a_malformed_id_is_400() {
        Answer missing = problem(get(PERIODS + "/" + UUID.randomUUID()).request(), 404);
        assertEquals("urn:cypf:problem:not-found", missing.body().get("type").asText());
        problem(post(PERIODS + "/" + UUID.randomUUID() + "/end")
                .submit("{\"endDate\": \"2025-06-01\", \"reasonCeased\": \"E4A\", \"version\": 0}"), 404);
        assertEquals(List.of("periodId"), problem(get(PERIODS + "/not-a-uuid").request(), 400).fields());
    }

    @Test
    void ending_answers_the_new_version_and_a_stale_version_is_409() {
        Answer created = start("H106", "2025-01-06");
        String end = created.location() + "/end";

        Answer stale = problem(post(end).submit("{\"endDate\": \"2025-06-01\", \"reasonCeased\": \"E4A\", \"version\": 3}"), 409);
        assertEquals("urn:cypf:problem:stale-version", stale.body().get("type").asText());
        assertTrue(answer(get(created.location()).request()).body().get("endDate").isNull(), "nothing changed");

        Answer ended = answer(post(end).submit("{\"endDate\": \"2025-06-01\", \"reasonCeased\": \"E4A\", \"version\": 0}"));
        assertEquals(200, ended.status());
        assertEquals("2025-06-01", ended.body().get("endDate").asText());
        assertEquals(1, ended.body().get("version").asLong());

        Answer again = problem(post(end).submit("{\"endDate\": \"2025-06-02\", \"reasonCeased\": \"E4A\", \"version\": 1}"), 409);
        assertEquals("urn:cypf:problem:conflict-with-recorded-state", again.body().get("type").asText());
    }

    @Test
    void an_end_body_names_its_bad_fields() {
        Answer created = start("H107", "2025-01-06");
        Answer refused = problem(post(created.location() + "/end").submit("{\"endDate\": \"June\"}"), 400);
        assertEquals(List.of("endDate", "reasonCeased", "version"), refused.fields());
        assertEquals(List.of("version"), problem(post(created.location() + "/end")
                .submit("{\"endDate\": \"2025-06-01\", \"reasonCeased\": \"E4A\", \"version\": \"latest\"}"), 400).fields());
    }

    @Test
    void children_looked_after_on_a_date() {
        start("H108", "2018-01-15");
        Answer onDate = answer(get("/social-care/children-looked-after").queryParam("date", "2018-03-31").request());

        assertEquals(200, onDate.status());
        assertEquals("2018-03-31", onDate.body().get("date").asText());
        assertEquals(1, onDate.body().get("count").asInt());
        assertEquals("H108", onDate.body().at("/children/0/localChildId").asText());

        Answer before = answer(get("/social-care/children-looked-after").queryParam("date", "2018-01-14").request());
        assertEquals(0, before.body().get("count").asInt());
    }

    @Test
    void without_a_date_the_list_is_for_today() {
        Answer today = answer(get("/social-care/children-looked-after").request());
        assertEquals(200, today.status());
        assertEquals(SocialCareFixture.TODAY.toString(), today.body().get("date").asText());
    }

    @Test
    void a_bad_date_is_400_naming_date() {
        Answer refused = problem(get("/social-care/children-looked-after").queryParam("date", "31/03/2025").request(), 400);
        assertEquals(List.of("date"), refused.fields());
    }
}
