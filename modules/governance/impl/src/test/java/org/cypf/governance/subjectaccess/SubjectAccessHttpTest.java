package org.cypf.governance.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.governance.subjectaccess.adapter.in.http.SubjectAccessHttp;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ChildRows;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Subject access over a real socket, on PostgreSQL: two children with records in social care's schema (a child, a
 * period of care and an episode reached through the period's foreign key); the export of one holds every one of its
 * records and nothing of the other's, as JSON and as an escaped HTML page, and is audited (ADR 0032).
 */
@ServerTest
class SubjectAccessHttpTest {
    private static final ChildId SEEDED = ChildId.newId();
    private static final ChildId OTHER = ChildId.newId();
    private static final UUID SEEDED_PERIOD = UUID.randomUUID();
    private static final UUID OTHER_PERIOD = UUID.randomUUID();
    private static GovernanceFixture f;
    private final Http1Client client;

    SubjectAccessHttpTest(Http1Client client) {
        this.client = client;
    }

    /** Social care's rows about a child, read as social care's source does (with its own pool and role). */
    private record SocialCareRows() implements ChildRecordSource {
        @Override
        public String context() {
            return "social-care";
        }

        @Override
        public List<HeldRecord> recordsOf(ChildId child) {
            return ChildRows.of(f.callerDb, child.value()).stream()
                    .map(r -> new HeldRecord(context(), r.table(), r.columns())).toList();
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = GovernanceFixture.start("subject access http");
        seed(SEEDED, "SAR-1<script>", SEEDED_PERIOD);
        seed(OTHER, "SAR-OTHER", OTHER_PERIOD);
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(SubjectAccessHttp.PREFIX, f.context.subjectAccessHttp(f.context.subjectAccess(List.of(new SocialCareRows()))));
    }

    private static void seed(ChildId child, String localId, UUID period) {
        f.admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2012-03-04', '2')",
                child.value(), localId);
        f.admin.execute("insert into social_care.period_of_care (period_id, child_id, start_date) values (?, ?, '2024-01-10')",
                period, child.value());
        f.admin.execute("""
                insert into social_care.episode (episode_id, period_id, start_date, reason_new_episode, legal_status,
                  category_of_need, placement_type, placement_provider)
                values (?, ?, '2024-01-10', 'S', 'C2', 'N1', 'U1', 'PR1')""", UUID.randomUUID(), period);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Answer(int status, String contentType, String body) {}

    private Answer get(String path, String role) {
        try (var response = client.get(SubjectAccessHttp.PREFIX + path)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("ig.okafor", "council", role)).request()) {
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    response.as(String.class));
        }
    }

    @Test
    void the_export_holds_every_record_of_the_child_and_nothing_of_another_and_is_audited() {
        long before = exports();
        Answer answer = get("/" + SEEDED, "auditor");

        assertEquals(200, answer.status(), answer.body());
        JsonNode export = GovernanceFixture.json(answer.body());
        Set<String> types = new HashSet<>();
        export.get("records").forEach(r -> types.add(r.get("recordType").asText()));
        assertEquals(Set.of("child", "period_of_care", "episode"), types, "the episode is reached through its period");
        assertEquals("SAR-1<script>", export.get("records").get(0).get("fields").get("la_child_id").asText());
        assertFalse(answer.body().contains(OTHER.toString()) || answer.body().contains("SAR-OTHER")
                || answer.body().contains(OTHER_PERIOD.toString()), "nothing about another child");
        assertEquals(List.of("social-care"), List.of(export.get("contexts").get(0).asText()));
        assertEquals(before + 1, exports(), "the export is itself audited");
    }

    private static long exports() {
        return f.count("""
                select count(*) from governance.child_record_access where child_id = ? and record_type = 'subject-access'
                  and decision = 'PERMITTED' and rule = 'SUBJECT-ACCESS-ROLE' and user_id = 'ig.okafor'""", SEEDED.value());
    }

    @Test
    void the_page_is_readable_html_with_every_value_escaped() {
        Answer page = get("/" + SEEDED + "/page", "auditor");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("SAR-1&lt;script&gt;"), "the local id is escaped");
        assertFalse(page.body().contains("<script>"), "no markup from the data");
        assertTrue(page.body().contains("period_of_care") && page.body().contains(SEEDED_PERIOD.toString()));
        assertFalse(page.body().contains("SAR-OTHER"));
    }

    @Test
    void anyone_but_an_auditor_is_refused_and_the_refusal_is_audited() {
        Answer refused = get("/" + OTHER, "social-worker");
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("SAR-OTHER"));
        assertEquals(1, f.count("""
                select count(*) from governance.child_record_access where child_id = ? and record_type = 'subject-access'
                  and decision = 'DENIED'""", OTHER.value()));
        Answer badId = get("/not-a-uuid", "auditor");
        assertEquals(400, badId.status(), badId.body());
    }
}
