package org.cypf.familysupport.request.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.SecuredRouting;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Requests for support over a real socket on a real PostgreSQL: a caller is required, refusals name fields. */
@ServerTest
class RequestForSupportHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUESTS = FamilySupportContext.PATH + RequestForSupportHttp.PATH;
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static ContextDatabase database;
    private final Http1Client client;

    RequestForSupportHttpTest(Http1Client client) {
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
        var db = TestDatabase.fresh("requests for support http");
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
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("fs.jones", "stoke-council", "family-support-worker"));
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

    @Test
    void a_request_is_received_read_and_triaged_over_http() {
        Answer received = post(REQUESTS, """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "Help with sleep",
                 "consentGivenBy": "Father", "consentGivenOn": "2025-06-02"}""".formatted(UUID.randomUUID()));
        assertEquals(201, received.status(), received.body().toString());
        assertEquals(REQUESTS + "/" + received.body().get("requestId").asText(), received.location());
        Answer read = answer(as(client.get(received.location())).request());
        assertEquals(received.body(), read.body());
        Answer triaged = post(received.location() + "/triage", """
                {"version": 0, "triagedOn": "2025-06-03", "outcome": "INFORMATION_AND_ADVICE"}""");
        assertEquals(200, triaged.status(), triaged.body().toString());
        assertEquals("INFORMATION_AND_ADVICE", triaged.body().get("triageOutcome").asText());
        assertEquals(409, post(received.location() + "/triage", """
                {"version": 1, "triagedOn": "2025-06-03", "outcome": "EARLY_HELP"}""").status());
    }

    @Test
    void bad_requests_are_refused_naming_each_field_and_a_caller_is_required() {
        Answer bad = post(REQUESTS, """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "NEIGHBOUR", "need": "x",
                 "consentGivenBy": "Mother", "consentGivenOn": "2025-06-03"}""".formatted(UUID.randomUUID()));
        assertEquals(400, bad.status());
        assertEquals(List.of("requestedBy", "consentGivenOn"), bad.fields());
        Answer noConsent = post(REQUESTS, """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "x",
                 "consentGivenBy": "", "consentGivenOn": "2025-06-02"}""".formatted(UUID.randomUUID()));
        assertEquals(List.of("consentGivenBy"), noConsent.fields());
        Answer anonymous = answer(client.get(REQUESTS + "/" + UUID.randomUUID()).request());
        assertEquals(401, anonymous.status());
        assertEquals(404, answer(as(client.get(REQUESTS + "/" + UUID.randomUUID())).request()).status());
    }
}
