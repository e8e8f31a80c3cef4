package org.cypf.governance.access.adapter.in.http;

import org.cypf.testing.TestTokens;
import org.cypf.platform.http.Authentication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.AuditQuery;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.http.ProblemResponses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** GET /governance/access-audit/verification and /entries over a real socket, on PostgreSQL. */
@ServerTest
class AccessAuditHttpTest {
    private static GovernanceFixture f;
    private final Http1Client client;

    AccessAuditHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = GovernanceFixture.start("access audit http");
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(AccessAuditHttp.PREFIX, f.context.accessAuditHttp());
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Answer(int status, String contentType, JsonNode body) {}

    private Answer get(String path, String role) {
        String[] parts = path.split("\\?", 2);
        Http1ClientRequest request = client.get(AccessAuditHttp.PREFIX + parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], kv[1]);
            }
        }
        request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("ig.okafor", "council", role));
        try (var response = request.request()) {
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    GovernanceFixture.json(response.as(String.class)));
        }
    }

    private static ChildId accessed() {
        ChildId child = ChildId.newId();
        f.callerDb.run(() -> f.context.childRecordAccess().authorise(new Caller("sw.smith", "council", "social-worker",
                null), new AccessIntent("social-care", "contact", RecordAction.READ, "reading a contact"), child));
        return child;
    }

    @Test
    void an_auditor_verifies_the_chain() {
        accessed();
        f.context.accessAudit().seal(Caller.system("test.sealer"));

        Answer v = get("/verification", "auditor");

        assertEquals(200, v.status(), v.body().toString());
        assertEquals("application/json", v.contentType());
        assertTrue(v.body().get("intact").asBoolean());
        assertTrue(v.body().get("sealedRows").asLong() >= 1);
        assertEquals(64, v.body().get("sealHash").asText().length());
        assertEquals(0, v.body().get("findings").size());
    }

    @Test
    void an_auditor_reads_a_childs_entries_a_page_at_a_time() {
        ChildId child = accessed();
        Answer page = get("/entries?child=" + child + "&page=1&size=1", "auditor");

        assertEquals(200, page.status(), page.body().toString());
        assertEquals(1, page.body().get("entries").size());
        JsonNode entry = page.body().get("entries").get(0);
        assertEquals(child.toString(), entry.get("childId").asText());
        assertEquals("ROLE-AND-AGREEMENT", entry.get("rule").asText());
        assertEquals("DSA-SAFEGUARDING", entry.get("agreement").asText());
        assertEquals(1, page.body().get("total").asLong());
    }

    @Test
    void anyone_but_an_auditor_is_refused_with_a_problem() {
        for (String path : new String[] {"/verification", "/entries"}) {
            Answer refused = get(path, "social-worker");
            assertEquals(403, refused.status(), path);
            assertEquals("application/problem+json", refused.contentType());
        }
    }

    @Test
    void a_bad_query_is_a_problem_naming_the_field_and_reason() {
        Answer tooBig = get("/entries?size=" + (AuditQuery.MAX_PAGE_SIZE + 1), "auditor");
        assertEquals(400, tooBig.status());
        assertEquals("application/problem+json", tooBig.contentType());
        assertTrue(tooBig.body().toString().contains("size"), tooBig.body().toString());
        assertTrue(tooBig.body().toString().contains(String.valueOf(AuditQuery.MAX_PAGE_SIZE)), tooBig.body().toString());

        Answer notAChild = get("/entries?child=not-a-uuid", "auditor");
        assertEquals(400, notAChild.status());
        assertTrue(notAChild.body().toString().contains("child"), notAChild.body().toString());

        Answer backwards = get("/entries?from=2025-02-01&to=2025-01-01", "auditor");
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().toString().contains("\"to\""), backwards.body().toString());
    }
}
