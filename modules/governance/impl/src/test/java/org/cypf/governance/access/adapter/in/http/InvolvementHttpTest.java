package org.cypf.governance.access.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.Map;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Involvements and the break-glass review queue over a real socket, on PostgreSQL: a team manager allocates a worker,
 * who may then read the child's record; a worker not involved breaks glass with a reason, and the use waits in the
 * queue until a reviewer other than that worker closes it with a note (ADR 0032).
 */
@ServerTest
class InvolvementHttpTest {
    private static final AccessIntent READ = new AccessIntent("social-care", "contact", RecordAction.READ, "reading a contact");
    private static GovernanceFixture f;
    private final Http1Client client;

    InvolvementHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = GovernanceFixture.start("involvement http");
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(InvolvementHttp.PREFIX, f.context.involvementHttp());
        routing.register(BreakGlassReviewHttp.PREFIX, f.context.breakGlassReviewHttp());
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Answer(int status, String contentType, JsonNode body) {}

    private Answer send(Http1ClientRequest request, String user, String role, Object body) {
        request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer(user, "council", role));
        try (var response = body == null ? request.request() : request.submit(body)) {
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    GovernanceFixture.json(response.as(String.class)));
        }
    }

    private Answer post(String path, String user, String role, String json) {
        return send(client.post(path).header(HeaderNames.CONTENT_TYPE, "application/json"), user, role, json);
    }

    private Answer get(String path, String user, String role, Map<String, String> query) {
        var request = client.get(path);
        query.forEach(request::queryParam);
        return send(request, user, role, null);
    }

    private static void read(Caller caller, ChildId child) {
        f.callerDb.run(() -> f.context.childRecordAccess().authorise(caller, READ, child));
    }

    @Test
    void a_team_manager_allocates_a_worker_who_may_then_read_the_childs_record() {
        ChildId child = ChildId.newId();
        var worker = new Caller("sw.patel", "council", "social-worker", null);
        assertThrows(AccessDenied.class, () -> read(worker, child), "not yet involved");

        Answer recorded = post(InvolvementHttp.PREFIX, "tm.jones", "team-manager", """
                {"childId": "%s", "userId": "sw.patel", "organisation": "council", "kind": "ALLOCATED-WORKER",
                 "validFrom": "2025-06-01"}""".formatted(child));
        assertEquals(201, recorded.status(), recorded.body().toString());
        assertEquals("tm.jones", recorded.body().get("recordedBy").asText());

        read(worker, child);
        Answer listed = get(InvolvementHttp.PREFIX, "tm.jones", "team-manager", Map.of("child", child.toString()));
        assertEquals(200, listed.status(), listed.body().toString());
        assertEquals(1, listed.body().get("total").asInt());
        assertEquals("ALLOCATED-WORKER", listed.body().get("items").get(0).get("kind").asText());
    }

    @Test
    void each_childs_team_on_a_day_is_the_latest_team_allocation_in_force_for_those_who_list_involvements() {
        var manager = new Caller("tm.jones", "council", "team-manager", null);
        var involvements = f.context.involvements();
        ChildId moved = ChildId.newId();
        ChildId ended = ChildId.newId();
        ChildId workerOnly = ChildId.newId();
        involvements.record(manager, new NewInvolvement(moved.value(), "tm.jones", "council", "ALLOCATED-TEAM",
                "Assessment team", null, java.time.LocalDate.of(2025, 1, 6), null));
        involvements.record(manager, new NewInvolvement(moved.value(), "tm.jones", "council", "ALLOCATED-TEAM",
                "Children in care team", null, java.time.LocalDate.of(2025, 5, 1), null));
        involvements.record(manager, new NewInvolvement(ended.value(), "tm.jones", "council", "ALLOCATED-TEAM",
                "Assessment team", null, java.time.LocalDate.of(2025, 1, 6), java.time.LocalDate.of(2025, 3, 31)));
        involvements.record(manager, new NewInvolvement(workerOnly.value(), "sw.patel", "council", "ALLOCATED-WORKER",
                null, null, java.time.LocalDate.of(2025, 1, 6), null));

        var teams = involvements.teamsOn(manager, java.time.LocalDate.of(2025, 6, 30)).byChild();
        assertEquals("Children in care team", teams.get(moved.value()), "the latest allocation in force");
        assertEquals(null, teams.get(ended.value()), "an ended allocation is no team");
        assertEquals(null, teams.get(workerOnly.value()), "a worker's allocation names no team");
        assertEquals("Assessment team", involvements.teamsOn(manager, java.time.LocalDate.of(2025, 3, 31)).byChild()
                .get(ended.value()), "in force on its last day");
        assertThrows(AccessDenied.class, () -> involvements.teamsOn(new Caller("sw.patel", "council",
                "social-worker", null), java.time.LocalDate.of(2025, 6, 30)));
    }

    @Test
    void only_a_team_manager_records_an_involvement_and_a_bad_one_is_a_problem_naming_the_field() {
        String body = """
                {"childId": "%s", "userId": "sw.patel", "organisation": "council", "kind": "ALLOCATED-WORKER",
                 "validFrom": "2025-06-01"}""".formatted(ChildId.newId());
        Answer refused = post(InvolvementHttp.PREFIX, "sw.patel", "social-worker", body);
        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());

        Answer noPeriod = post(InvolvementHttp.PREFIX, "tm.jones", "team-manager", """
                {"childId": "%s", "userId": "dc.lee", "organisation": "police", "kind": "RECORDED-PURPOSE",
                 "purpose": "strategy discussion", "validFrom": "2025-06-01"}""".formatted(ChildId.newId()));
        assertEquals(400, noPeriod.status(), noPeriod.body().toString());
        assertTrue(noPeriod.body().toString().contains("validTo"), noPeriod.body().toString());

        Answer tooBig = get(InvolvementHttp.PREFIX, "tm.jones", "team-manager", Map.of("size", "101"));
        assertEquals(400, tooBig.status());
        assertTrue(tooBig.body().toString().contains("size"));
    }

    @Test
    void a_break_glass_use_waits_in_the_queue_until_a_named_reviewer_closes_it_with_a_note() {
        ChildId child = ChildId.newId();
        read(new Caller("sw.night", "council", "social-worker", null).breakingGlass("out of hours: child at A&E"), child);
        long accessId = f.rows("select access_id from governance.child_record_access where child_id = ?", child.value())
                .getFirst().get(0, Long.class);

        Answer queue = get(BreakGlassReviewHttp.PREFIX, "ig.okafor", "auditor", Map.of("size", "100"));
        assertEquals(200, queue.status(), queue.body().toString());
        JsonNode use = find(queue.body().get("items"), accessId);
        assertEquals("out of hours: child at A&E", use.get("reason").asText());
        assertEquals("sw.night", use.get("userId").asText());

        Answer own = post(BreakGlassReviewHttp.PREFIX + "/" + accessId, "sw.night", "team-manager", "{\"note\": \"fine\"}");
        assertEquals(403, own.status(), "nobody reviews their own break glass");
        Answer noNote = post(BreakGlassReviewHttp.PREFIX + "/" + accessId, "tm.jones", "team-manager", "{\"note\": \"\"}");
        assertEquals(400, noNote.status());
        assertTrue(noNote.body().toString().contains("note"));
        Answer notReviewer = post(BreakGlassReviewHttp.PREFIX + "/" + accessId, "sw.other", "social-worker", "{\"note\": \"x\"}");
        assertEquals(403, notReviewer.status());

        Answer closed = post(BreakGlassReviewHttp.PREFIX + "/" + accessId, "tm.jones", "team-manager",
                "{\"note\": \"justified: A&E called the duty line\"}");
        assertEquals(200, closed.status(), closed.body().toString());
        assertEquals("tm.jones", closed.body().get("reviewer").asText());
        Answer again = post(BreakGlassReviewHttp.PREFIX + "/" + accessId, "tm.jones", "team-manager", "{\"note\": \"again\"}");
        assertEquals(409, again.status());

        Answer after = get(BreakGlassReviewHttp.PREFIX, "ig.okafor", "auditor", Map.of("size", "100"));
        assertEquals(null, find(after.body().get("items"), accessId), "a closed use leaves the queue");
        Answer unknown = post(BreakGlassReviewHttp.PREFIX + "/999999999", "tm.jones", "team-manager", "{\"note\": \"x\"}");
        assertEquals(404, unknown.status());
    }

    private static JsonNode find(JsonNode items, long accessId) {
        for (JsonNode item : items) {
            if (item.get("accessId").asLong() == accessId) {
                return item;
            }
        }
        return null;
    }
}
