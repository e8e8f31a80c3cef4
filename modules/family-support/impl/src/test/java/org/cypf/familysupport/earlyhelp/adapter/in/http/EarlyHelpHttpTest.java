package org.cypf.familysupport.earlyhelp.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.cypf.familysupport.familynetwork.adapter.in.http.FamilyNetworkHttp;
import org.cypf.familysupport.request.adapter.in.http.RequestForSupportHttp;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Early help and family network meetings over a real socket on a real PostgreSQL: refusals name fields and rules. */
@ServerTest
class EarlyHelpHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUESTS = FamilySupportContext.PATH + RequestForSupportHttp.PATH;
    private static final String EPISODES = FamilySupportContext.PATH + EarlyHelpHttp.PATH;
    private static final String MEETINGS = FamilySupportContext.PATH + FamilyNetworkHttp.PATH;
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static ContextDatabase database;
    private static AdminSql admin;
    private final Http1Client client;

    EarlyHelpHttpTest(Http1Client client) {
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
        var db = TestDatabase.fresh("early help http");
        admin = new AdminSql(db);
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        SecuredRouting.prepare(routing);
        routing.register(FamilySupportContext.PATH, new FamilySupportContext(database,
                RecordingChildRecordAccess.forPartners(Set.of("stoke-council")).withAuditAsAdministrator(db), CLOCK).http());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private Http1ClientRequest as(Http1ClientRequest request) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("eh.begum", "stoke-council",
                "early-help-practitioner"));
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
        return answer(as(client.post(path)).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    /** A GET, its query string given as parameters (the client would otherwise encode the '?' into the path). */
    private Answer get(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Http1ClientRequest request = as(client.get(parts[0]));
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nv = pair.split("=", 2);
                request.queryParam(nv[0], nv[1]);
            }
        }
        return answer(request.request());
    }

    private String episodeFromEarlyHelpRequest() {
        Answer received = post(REQUESTS, """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "Help at home",
                 "consentGivenBy": "Mother", "consentGivenOn": "2025-06-02"}""".formatted(UUID.randomUUID()));
        assertEquals(201, received.status(), received.body().toString());
        assertEquals(200, post(received.location() + "/triage", """
                {"version": 0, "triagedOn": "2025-06-03", "outcome": "EARLY_HELP"}""").status());
        Answer opened = post(EPISODES, """
                {"requestId": "%s", "openedOn": "2025-06-04", "leadPractitioner": "A. Begum",
                 "leadPractitionerOrganisation": "Meir Family Hub"}""".formatted(received.body().get("requestId").asText()));
        assertEquals(201, opened.status(), opened.body().toString());
        assertEquals(EPISODES + "/" + opened.body().get("episodeId").asText(), opened.location());
        return opened.location();
    }

    @Test
    void an_episode_is_opened_assessed_planned_closed_and_checked_over_http() {
        String episode = episodeFromEarlyHelpRequest();
        Answer assessed = post(episode + "/assessment", """
                {"version": 0, "completedOn": "2025-06-20", "needs": [
                  {"headline": "GOOD_EDUCATION", "need": "Attendance 82 %"},
                  {"headline": "SAFE_FROM_DOMESTIC_ABUSE", "need": "Police callouts"},
                  {"headline": "FINANCIAL_STABILITY", "need": "Rent arrears"}]}""");
        assertEquals(200, assessed.status(), assessed.body().toString());
        assertEquals(200, post(episode + "/plan", """
                {"version": 1, "agreedOn": "2025-07-01", "goals": [
                  {"headline": "GOOD_EDUCATION", "goal": "95 %"}, {"headline": "SAFE_FROM_DOMESTIC_ABUSE", "goal": "IDVA"},
                  {"headline": "FINANCIAL_STABILITY", "goal": "Debt advice"}]}""").status());
        assertEquals(200, post(episode + "/team", """
                {"version": 2, "name": "J. Evans", "organisation": "Meir Primary", "role": "DSL", "joinedOn": "2025-07-01"}""")
                .status());
        assertEquals(200, post(episode + "/reviews", """
                {"version": 3, "heldOn": "2025-09-01", "progress": "On track"}""").status());
        assertEquals(200, post(episode + "/closure", """
                {"version": 4, "closedOn": "2025-11-28", "reason": "OUTCOMES_ACHIEVED", "outcomes": [
                  {"headline": "GOOD_EDUCATION", "outcome": "ACHIEVED"}, {"headline": "SAFE_FROM_DOMESTIC_ABUSE", "outcome": "ACHIEVED"},
                  {"headline": "FINANCIAL_STABILITY", "outcome": "ACHIEVED"}]}""").status());
        Answer checked = post(episode + "/sustained-outcome-check", """
                {"version": 5, "checkedOn": "2026-05-28", "headlines": [
                  {"headline": "GOOD_EDUCATION", "sustained": true}, {"headline": "SAFE_FROM_DOMESTIC_ABUSE", "sustained": true},
                  {"headline": "FINANCIAL_STABILITY", "sustained": false}]}""");
        assertEquals(200, checked.status(), checked.body().toString());
        assertEquals(false, checked.body().get("successfulFamilyOutcome").asBoolean(true), "one outcome not sustained");
        assertEquals(checked.body(), get(episode).body());
    }

    @Test
    void bad_input_is_a_problem_naming_each_field_and_nothing_is_stored() {
        String episode = episodeFromEarlyHelpRequest();
        Answer bad = post(episode + "/assessment", """
                {"version": 0, "completedOn": "2025-06-01", "needs": [{"headline": "HAPPINESS", "need": "x"}]}""");
        assertEquals(400, bad.status());
        assertEquals(List.of("completedOn", "needs[0].headline"), bad.fields());
        String episodeId = episode.substring(episode.lastIndexOf('/') + 1);
        assertEquals(0, admin.count("select count(*) from family_support.early_help_headline where episode_id = ?::uuid",
                episodeId));
        Answer wrongType = post(episode + "/assessment", """
                {"version": "0", "completedOn": "2025-06-20", "needs": []}""");
        assertEquals(400, wrongType.status());
        assertEquals(List.of("version"), wrongType.fields());
        Answer stepUp = post(episode + "/step-up", """
                {"version": 0, "steppedUpOn": "2025-06-05", "localChildId": "EH00000000042", "dateOfBirth": "2016-05-04",
                 "sex": "2", "reason": "Worse"}""");
        assertEquals(400, stepUp.status());
        assertEquals(List.of("localChildId"), stepUp.fields());
        assertTrue(stepUp.body().at("/errors/0/reason").asText().contains("SSDA903"));
        assertEquals(0, admin.count("select count(*) from platform.outbox where payload->>'earlyHelpEpisodeId' = ?",
                episodeId));
        assertEquals(401, answer(client.get(episode).request()).status());
        assertEquals(404, get(EPISODES + "/" + UUID.randomUUID()).status());
    }

    @Test
    void lists_are_pages_and_a_page_over_the_maximum_is_refused() {
        String episode = episodeFromEarlyHelpRequest();
        episodeFromEarlyHelpRequest();
        Answer page = get(EPISODES + "?status=OPEN&size=1&page=1");
        assertEquals(200, page.status(), page.body().toString());
        assertEquals(1, page.body().get("count").asInt());
        assertTrue(page.body().get("total").asInt() >= 2);
        assertTrue(page.body().get("hasNext").asBoolean());
        assertEquals(400, get(EPISODES + "?size=1001").status());
        assertEquals(List.of("status"), get(EPISODES + "?status=SOMETIMES").fields());

        String episodeId = episode.substring(episode.lastIndexOf('/') + 1);
        Answer offered = post(MEETINGS, """
                {"episodeId": "%s", "offeredOn": "2025-06-10", "meetingType": "FAMILY_NETWORK_MEETING"}""".formatted(episodeId));
        assertEquals(201, offered.status(), offered.body().toString());
        Answer held = post(offered.location() + "/held", """
                {"version": 0, "heldOn": "2025-06-20", "attendees": [{"name": "Sam Doe", "relationship": "mother"}],
                 "familyPlan": "Aunt collects from school"}""");
        assertEquals(200, held.status(), held.body().toString());
        Answer meetings = get(MEETINGS + "?episodeId=" + episodeId);
        assertEquals(1, meetings.body().get("total").asInt());
        assertEquals("Aunt collects from school", meetings.body().at("/meetings/0/familyPlan").asText());
        assertEquals(List.of("episodeId"), get(MEETINGS).fields());
    }
}
