package org.cypf.familysupport.programme.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The programme routes over a real socket on a real PostgreSQL: an enrolment made, read, listed and paged, sessions
 * recorded once a day quoting the version read; refusals name each field and store nothing; a caller is required and
 * one the access policy refuses gets 403 whether or not the enrolment exists.
 */
@ServerTest
class ProgrammeHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENROLMENTS = FamilySupportContext.PATH + ProgrammeHttp.PATH;
    private static final String HAF = "HOLIDAY_ACTIVITIES_AND_FOOD";
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 8, 31).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static TestDatabase.Target db;
    private static ContextDatabase database;
    private final Http1Client client;

    ProgrammeHttpTest(Http1Client client) {
        this.client = client;
    }

    record Answer(int status, JsonNode body, String location) {
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        db = TestDatabase.fresh("programmes http");
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        SecuredRouting.prepare(routing);
        routing.register(FamilySupportContext.PATH, new FamilySupportContext(database,
                RecordingChildRecordAccess.forPartners(Set.of("stoke-council")).withAuditAsAdministrator(db), CLOCK).http());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Http1ClientRequest as(Http1ClientRequest request, String organisation) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("haf.lead", organisation,
                "family-support-worker"));
    }

    private Answer answer(Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text),
                    response.headers().first(HeaderNames.LOCATION).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer post(String path, String body) {
        return answer(as(client.post(path), "stoke-council").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(body));
    }

    /** A GET of {@code path}, its query parameters (if any) sent as the client's own, each once. */
    private Answer get(String path) {
        int query = path.indexOf('?');
        Http1ClientRequest request = client.get(query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.queryParam(nameValue[0], nameValue[1]);
            }
        }
        return answer(as(request, "stoke-council").request());
    }

    private static long enrolments() {
        return new AdminSql(db).count("select count(*) from family_support.programme_enrolment");
    }

    private Answer enrol(String child, Boolean freeSchoolMeals) {
        return post(ENROLMENTS, """
                {"childId": "%s", "programme": "%s", "enrolledOn": "2026-07-20", "freeSchoolMeals": %s}"""
                .formatted(child, HAF, freeSchoolMeals));
    }

    @Test
    void an_enrolment_is_made_read_and_its_sessions_recorded_once_a_day() {
        Answer enrolled = enrol(UUID.randomUUID().toString(), true);
        assertEquals(201, enrolled.status(), enrolled.body().toString());
        String id = enrolled.body().get("enrolmentId").asText();
        assertEquals(ENROLMENTS + "/" + id, enrolled.location());
        assertEquals(HAF, enrolled.body().get("programme").asText());
        assertTrue(enrolled.body().get("freeSchoolMeals").asBoolean());
        assertEquals(enrolled.body(), get(enrolled.location()).body());

        Answer attended = post(enrolled.location() + "/sessions", """
                {"version": 0, "sessionOn": "2026-07-21", "attended": true}""");
        assertEquals(200, attended.status(), attended.body().toString());
        Answer missed = post(enrolled.location() + "/sessions", """
                {"version": 1, "sessionOn": "2026-07-22", "attended": false}""");
        assertEquals(200, missed.status(), missed.body().toString());
        assertEquals(1, missed.body().get("sessionsAttended").asInt());
        assertEquals(2, missed.body().get("sessions").size());
        assertEquals("2026-07-21", missed.body().at("/sessions/0/sessionOn").asText());
        assertEquals(missed.body(), get(enrolled.location()).body());

        assertEquals(409, post(enrolled.location() + "/sessions", """
                {"version": 2, "sessionOn": "2026-07-21", "attended": true}""").status(), "one session a day");
        assertEquals(409, post(enrolled.location() + "/sessions", """
                {"version": 0, "sessionOn": "2026-07-23", "attended": true}""").status(), "a stale version");
        assertEquals(2, get(enrolled.location()).body().get("sessions").size());
    }

    @Test
    void enrolments_are_listed_by_programme_and_paged() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, enrol(UUID.randomUUID().toString(), null).status());
        }
        JsonNode first = get(ENROLMENTS + "?programme=" + HAF + "&size=2&page=1").body();
        assertEquals(2, first.get("count").asInt());
        assertEquals(2, first.get("enrolments").size());
        assertTrue(first.get("total").asInt() >= 3);
        assertTrue(first.get("hasNext").asBoolean());
        JsonNode rest = get(ENROLMENTS + "?programme=" + HAF + "&size=2&page=2").body();
        assertFalse(rest.get("enrolments").isEmpty());
        List<String> seen = new ArrayList<>();
        first.get("enrolments").forEach(e -> seen.add(e.get("enrolmentId").asText()));
        rest.get("enrolments").forEach(e -> assertFalse(seen.contains(e.get("enrolmentId").asText()),
                "pages never overlap"));
        assertEquals(0, get(ENROLMENTS + "?programme=FAMILY_MATTERS").body().get("total").asInt());
    }

    @Test
    void refusals_name_each_field_and_store_nothing() {
        long before = enrolments();
        Answer bad = post(ENROLMENTS, """
                {"childId": "%s", "programme": "PARENTING_PROGRAMME", "enrolledOn": "2026-09-01", "participant": " "}"""
                .formatted(UUID.randomUUID()));
        assertEquals(400, bad.status(), bad.body().toString());
        assertEquals(List.of("enrolledOn", "participant"), bad.fields());
        assertEquals(List.of("programme"), post(ENROLMENTS, """
                {"childId": "%s", "programme": "YOGA", "enrolledOn": "2026-08-01"}""".formatted(UUID.randomUUID()))
                .fields());
        assertEquals(List.of("childId"), post(ENROLMENTS, """
                {"childId": "not-a-child", "programme": "%s", "enrolledOn": "2026-08-01"}""".formatted(HAF)).fields());
        assertEquals(List.of("freeSchoolMeals"), post(ENROLMENTS, """
                {"childId": "%s", "programme": "%s", "enrolledOn": "2026-08-01", "freeSchoolMeals": "yes"}"""
                .formatted(UUID.randomUUID(), HAF)).fields());
        assertEquals(before, enrolments());
        assertEquals(List.of("programme"), get(ENROLMENTS + "?programme=" + "x".repeat(300)).fields());
        assertEquals(400, get(ENROLMENTS + "?size=1001").status());
    }

    @Test
    void a_caller_is_required_and_a_refused_one_learns_nothing_of_what_exists() {
        String existing = enrol(UUID.randomUUID().toString(), false).location();
        assertEquals(401, answer(client.get(existing).request()).status());
        assertEquals(403, answer(as(client.get(existing), "not-a-partner").request()).status());
        assertEquals(403, answer(as(client.get(ENROLMENTS + "/" + UUID.randomUUID()), "not-a-partner").request())
                .status(), "refused alike for an enrolment that does not exist");
        assertEquals(404, get(ENROLMENTS + "/" + UUID.randomUUID()).status());
        assertEquals(400, get(ENROLMENTS + "/not-a-uuid").status());
        assertEquals(403, answer(as(client.post(existing + "/sessions"), "not-a-partner")
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"version\": 0, \"sessionOn\": \"2026-07-21\", \"attended\": true}")).status());
    }
}
