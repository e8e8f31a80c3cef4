package org.cypf.governance.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.access.RetentionRule;
import org.cypf.governance.retention.adapter.in.http.RetentionHttp;
import org.cypf.platform.db.RetentionTables;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Retention over a real socket, on PostgreSQL (ADR 0034). A context's records (periods of care in social care's
 * schema, read as social care's role) are due under the care record rule: two of children born in 1948 (75th birthday
 * passed by 30 June 2025), one of a child born in 2010 (not due). The report lists the two, paged, naming no child;
 * only auditors and administrators read it; an anonymisation is refused to its proposer (separation of duties) and
 * carried out by a second person; every step, granted or refused, is in the access audit.
 */
@ServerTest
class RetentionHttpTest {
    private static final UUID OLD_CHILD = UUID.randomUUID();
    private static final UUID OLDER_CHILD = UUID.randomUUID();
    private static final UUID YOUNG_CHILD = UUID.randomUUID();
    private static final UUID OLD_PERIOD = UUID.randomUUID();
    private static final UUID OLDER_PERIOD = UUID.randomUUID();
    private static final UUID YOUNG_PERIOD = UUID.randomUUID();
    private static GovernanceFixture f;
    private final Http1Client client;

    RetentionHttpTest(Http1Client client) {
        this.client = client;
    }

    /** Social care's periods of care under the care record rule, as a context's retention adapter states them. */
    private static final class PeriodsOfCare implements RecordRetention {
        private final RetentionTables tables = new RetentionTables(f.callerDb, List.of(new RetentionTables.Kind(
                "period-of-care", """
                select p.period_id as record_id, p.child_id, (c.date_of_birth + interval '75 years')::date as due_on,
                       'CARE-RECORD'::text as rule
                  from social_care.period_of_care p join social_care.child c on c.child_id = p.child_id""",
                List.of("update social_care.period_of_care set child_id = :pseudonym where period_id = :record"))),
                new RetentionTables.Detachment(List.of("""
                        insert into social_care.child (child_id, la_child_id, date_of_birth, sex)
                        select :pseudonym, 'ANON-' || :pseudonym::text, date_of_birth, sex from social_care.child
                         where child_id = :child on conflict do nothing"""), Set.of("child"),
                        List.of("delete from social_care.child where child_id = :child")));

        @Override
        public String context() {
            return "social-care";
        }

        @Override
        public List<DueRecord> due(LocalDate date, Set<UUID> held, long offset, int limit) {
            return tables.due(date, held, offset, limit).stream().map(this::record).toList();
        }

        @Override
        public long countDue(LocalDate date) {
            return tables.countDue(date);
        }

        @Override
        public Optional<DueRecord> dueRecord(String recordType, UUID recordId, LocalDate date, Set<UUID> held) {
            return tables.find(recordType, recordId, date, held).map(this::record);
        }

        @Override
        public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date, Set<UUID> held) {
            return tables.anonymise(recordType, recordId, date, held).map(this::record);
        }

        private DueRecord record(RetentionTables.Due d) {
            return new DueRecord(context(), d.recordType(), d.recordId(), d.dueOn(), d.rule(), d.held());
        }
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = GovernanceFixture.start("retention http");
        seed(OLD_CHILD, "RET-OLD", "1948-09-01", OLD_PERIOD);
        seed(OLDER_CHILD, "RET-OLDER", "1948-01-01", OLDER_PERIOD);
        seed(YOUNG_CHILD, "RET-YOUNG", "2010-01-01", YOUNG_PERIOD);
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(RetentionHttp.PREFIX, f.context.retentionHttp(f.context.retention(List.of(new PeriodsOfCare()))));
    }

    private static void seed(UUID child, String localId, String born, UUID period) {
        f.admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, ?::date, '1')",
                child, localId, born);
        f.admin.execute("""
                insert into social_care.period_of_care (period_id, child_id, start_date, end_date, reason_ceased)
                values (?, ?, ?::date + interval '10 years', ?::date + interval '18 years', 'E8')""",
                period, child, born, born);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return GovernanceFixture.json(body);
        }
    }

    private static String token(String user, String role) {
        return TestTokens.bearer(user, "council", role);
    }

    private Answer get(String path, String token) {
        String[] parts = path.split("\\?", 2);
        var request = client.get(RetentionHttp.PREFIX + parts[0]).header(HeaderNames.AUTHORIZATION, token);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.queryParam(nameValue[0], nameValue[1]);
            }
        }
        try (var response = request.request()) {
            return new Answer(response.status().code(), response.as(String.class));
        }
    }

    private Answer post(String path, String body, String token) {
        var request = client.post(RetentionHttp.PREFIX + path).header(HeaderNames.AUTHORIZATION, token);
        try (var response = body == null ? request.request() : request.header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            return new Answer(response.status().code(), response.as(String.class));
        }
    }

    private static long audited(String user, String decision, String rule) {
        return f.count("select count(*) from governance.child_record_access where user_id = ? and decision = ? and rule = ?",
                user, decision, rule);
    }

    @Test
    void the_report_lists_due_records_by_due_date_paged_naming_no_child_and_is_audited() {
        long before = audited("ig.okafor", "PERMITTED", "RETENTION-ROLE");
        Answer first = get("/due?page=1&size=1", token("ig.okafor", "auditor"));

        assertEquals(200, first.status(), first.body());
        JsonNode page = first.json();
        assertTrue(page.get("total").asLong() >= 1, first.body());
        assertEquals(1, page.get("records").size());
        JsonNode record = page.get("records").get(0);
        assertEquals("social-care", record.get("context").asText());
        assertEquals("period-of-care", record.get("recordType").asText());
        assertEquals(RetentionRule.CARE_RECORD.id(), record.get("rule").asText());
        Answer all = get("/due?size=100", token("ig.okafor", "auditor"));
        String body = all.body();
        assertFalse(body.contains(YOUNG_PERIOD.toString()), "a record not due is not listed");
        for (String identifying : List.of(OLD_CHILD.toString(), OLDER_CHILD.toString(), "RET-OLD", "1948-")) {
            assertFalse(body.contains(identifying), "the report names no child: " + identifying);
        }
        assertEquals(before + 2, audited("ig.okafor", "PERMITTED", "RETENTION-ROLE"), "each report is audited");
        Answer earlier = get("/due?date=2020-01-01", token("ops.taylor", "administrator"));
        assertEquals(200, earlier.status(), earlier.body());
        assertEquals(0, earlier.json().get("total").asLong(), "nothing was due in 2020");
    }

    @Test
    void the_report_pages_in_order_of_due_date() {
        Answer first = get("/due?page=1&size=1", token("ops.taylor", "administrator"));
        Answer second = get("/due?page=2&size=1", token("ops.taylor", "administrator"));
        assertEquals(200, second.status(), second.body());
        if (first.json().get("total").asLong() == 2) {
            assertEquals(OLDER_PERIOD.toString(), first.json().get("records").get(0).get("recordId").asText());
            assertEquals(OLD_PERIOD.toString(), second.json().get("records").get(0).get("recordId").asText());
            assertTrue(first.json().get("hasNext").asBoolean());
            assertFalse(second.json().get("hasNext").asBoolean());
        }
        Answer bad = get("/due?size=5000&date=yesterday", token("ops.taylor", "administrator"));
        assertEquals(400, bad.status(), bad.body());
    }

    @Test
    void anyone_but_an_auditor_or_administrator_is_refused_and_the_refusal_is_audited() {
        for (String role : List.of("social-worker", "performance-analyst", "team-manager")) {
            String user = "u." + role;
            Answer refused = get("/due", token(user, role));
            assertEquals(403, refused.status(), role + ": " + refused.body());
            assertTrue(refused.body().contains("ROLE-NOT-PERMITTED"), refused.body());
            assertEquals(1, audited(user, "DENIED", "ROLE-NOT-PERMITTED"), role);
        }
    }

    @Test
    void an_anonymisation_is_approved_by_a_second_person_only_and_keeps_the_record() {
        Answer proposed = post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s",
                 "reason": "annual retention review 2025: case record past the 75th birthday"}""".formatted(OLD_PERIOD),
                token("ig.okafor", "auditor"));
        assertEquals(201, proposed.status(), proposed.body());
        String id = proposed.json().get("anonymisationId").asText();
        assertEquals("PROPOSED", proposed.json().get("status").asText());
        assertEquals(RetentionRule.CARE_RECORD.id(), proposed.json().get("rule").asText());
        assertEquals(409, post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s", "reason": "again"}"""
                .formatted(OLD_PERIOD), token("ops.taylor", "administrator")).status(), "one proposal waits at a time");

        Answer self = post("/anonymisations/" + id + "/approval", null, token("ig.okafor", "auditor"));
        assertEquals(403, self.status(), self.body());
        assertTrue(self.body().contains("SEPARATION-OF-DUTIES"), "the refusal names the rule: " + self.body());
        assertEquals(1, audited("ig.okafor", "DENIED", "SEPARATION-OF-DUTIES"));
        assertEquals(1, f.count("select count(*) from social_care.period_of_care where child_id = ?", OLD_CHILD),
                "a refused approval changes nothing");

        Answer approved = post("/anonymisations/" + id + "/approval", null, token("ops.taylor", "administrator"));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("CARRIED_OUT", approved.json().get("status").asText());
        assertEquals("ops.taylor", approved.json().get("approvedBy").asText());
        assertEquals(1, f.count("select count(*) from social_care.period_of_care where period_id = ?", OLD_PERIOD),
                "the record is kept, so counts stay true");
        assertEquals(0, f.count("select count(*) from social_care.child where child_id = ? or la_child_id = 'RET-OLD'",
                OLD_CHILD), "what identified the child is gone");
        assertEquals(0, f.count("select count(*) from social_care.retention_pseudonym"), "and the pseudonym forgotten");
        UUID now = f.rows("select child_id from social_care.period_of_care where period_id = ?", OLD_PERIOD)
                .getFirst().get(0, UUID.class);
        assertNotEquals(OLD_CHILD, now);
        assertEquals(409, post("/anonymisations/" + id + "/approval", null, token("u.other", "auditor")).status());
        assertFalse(get("/due?size=100", token("ig.okafor", "auditor")).body().contains(OLD_PERIOD.toString()),
                "an anonymised record is no longer due");
        Answer read = get("/anonymisations/" + id, token("u.reader", "auditor"));
        assertEquals(200, read.status(), read.body());
        assertEquals("CARRIED_OUT", read.json().get("status").asText());
        assertEquals(1, f.count("""
                select count(*) from governance.child_record_access where user_id = 'ig.okafor' and action = 'CREATE'
                   and record_type = 'period-of-care' and decision = 'PERMITTED' and purpose like ?""", "%" + id + "%"),
                "the proposal is audited");
        assertEquals(1, f.count("""
                select count(*) from governance.child_record_access where user_id = 'ops.taylor' and action = 'UPDATE'
                   and decision = 'PERMITTED' and purpose like ?""", "%approved and carried out anonymisation " + id + "%"),
                "the approval is audited");
    }

    @Test
    void a_bad_proposal_is_refused_naming_each_field_and_a_record_not_due_is_not_found() {
        Answer bad = post("/anonymisations", """
                {"context": "social-care", "recordType": "", "recordId": "%s", "reason": " "}""".formatted(YOUNG_PERIOD),
                token("ig.okafor", "auditor"));
        assertEquals(400, bad.status(), bad.body());
        for (String field : List.of("recordType", "reason")) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + ": " + bad.body());
        }
        Answer elsewhere = post("/anonymisations", """
                {"context": "housing", "recordType": "tenancy", "recordId": "%s", "reason": "review"}"""
                .formatted(YOUNG_PERIOD), token("ig.okafor", "auditor"));
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.body().contains("\"context\""), elsewhere.body());
        Answer notDue = post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s", "reason": "review"}"""
                .formatted(YOUNG_PERIOD), token("ig.okafor", "auditor"));
        assertEquals(404, notDue.status(), notDue.body());
        assertEquals(0, f.count("select count(*) from governance.anonymisation where record_id = ?", YOUNG_PERIOD));
        Answer byAnalyst = post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s", "reason": "review"}"""
                .formatted(OLDER_PERIOD), token("pa.green", "performance-analyst"));
        assertEquals(403, byAnalyst.status(), byAnalyst.body());
    }

    @Test
    void a_held_childs_record_is_shown_held_and_never_anonymised_until_the_hold_is_lifted() {
        String auditor = token("ig.lee", "auditor");
        Answer proposed = post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s",
                 "reason": "retention review: past the 75th birthday"}""".formatted(OLDER_PERIOD), auditor);
        assertEquals(201, proposed.status(), proposed.body());
        String anonymisation = proposed.json().get("anonymisationId").asText();

        Answer byAdministrator = post("/legal-holds", """
                {"childId": "%s", "authority": "IICSA retention instruction", "reason": "named in a module"}"""
                .formatted(OLDER_CHILD), token("ops.lee", "administrator"));
        assertEquals(403, byAdministrator.status(), "reviewing retention does not grant holds: " + byAdministrator.body());
        assertTrue(byAdministrator.body().contains("ROLE-NOT-PERMITTED"), byAdministrator.body());
        assertEquals(1, audited("ops.lee", "DENIED", "ROLE-NOT-PERMITTED"));

        long holds = f.count("select count(*) from governance.legal_hold");
        Answer bad = post("/legal-holds", """
                {"childId": "not-a-child", "authority": " "}""", token("ig.bad", "auditor"));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("application/problem+json") || bad.body().contains("\"status\""), bad.body());
        for (String field : List.of("childId", "authority", "reason")) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + ": " + bad.body());
        }
        assertEquals(holds, f.count("select count(*) from governance.legal_hold"), "a bad request places nothing");
        assertEquals(0, f.count("select count(*) from governance.child_record_access where user_id = 'ig.bad'"),
                "refused input is refused before authorising: not even an audit row");

        Answer placed = post("/legal-holds", """
                {"childId": "%s", "authority": "IICSA retention instruction (Inquiries Act 2005, s.35)",
                 "reason": "the child's records are within the inquiry's retention instruction"}""".formatted(OLDER_CHILD),
                auditor);
        assertEquals(201, placed.status(), placed.body());
        assertEquals("HELD", placed.json().get("status").asText());
        String hold = placed.json().get("holdId").asText();
        assertEquals(1, f.count("""
                select count(*) from governance.child_record_access where user_id = 'ig.lee' and record_type = 'legal-hold'
                   and action = 'CREATE' and child_id = ? and decision = 'PERMITTED' and rule = 'LEGAL-HOLD-ROLE'""",
                OLDER_CHILD), "placing a hold is audited against the child");

        JsonNode report = get("/due?size=100", auditor).json();
        for (JsonNode record : report.get("records")) {
            assertEquals(record.get("recordId").asText().equals(OLDER_PERIOD.toString()), record.get("held").asBoolean(),
                    "only the held child's record is shown held: " + record);
        }
        Answer refusedProposal = post("/anonymisations", """
                {"context": "social-care", "recordType": "period-of-care", "recordId": "%s", "reason": "again"}"""
                .formatted(OLDER_PERIOD), token("ops.lee", "administrator"));
        assertEquals(409, refusedProposal.status(), refusedProposal.body());
        Answer refusedApproval = post("/anonymisations/" + anonymisation + "/approval", null,
                token("ops.lee", "administrator"));
        assertEquals(409, refusedApproval.status(), "a proposal made before the hold is not carried out: "
                + refusedApproval.body());
        assertTrue(refusedApproval.body().contains("LEGAL-HOLD"), "the refusal names the rule: " + refusedApproval.body());
        assertEquals(2, audited("ops.lee", "DENIED", "LEGAL-HOLD"), "both refusals are audited");
        assertEquals(1, f.count("select count(*) from social_care.period_of_care where period_id = ? and child_id = ?",
                OLDER_PERIOD, OLDER_CHILD), "nothing of the held child's is anonymised");

        Answer list = get("/legal-holds?page=1&size=10", auditor);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains(hold), list.body());
        assertEquals(400, get("/legal-holds?size=5000", auditor).status(), "the page size is bounded");
        assertEquals(400, get("/legal-holds?lifted=perhaps", auditor).status());

        assertEquals(400, post("/legal-holds/" + hold + "/lifting", "{}", auditor).status(), "lifting needs a reason");
        Answer lifted = post("/legal-holds/" + hold + "/lifting", """
                {"reason": "the inquiry published its final report; the instruction was withdrawn"}""", auditor);
        assertEquals(200, lifted.status(), lifted.body());
        assertEquals("LIFTED", lifted.json().get("status").asText());
        assertEquals(409, post("/legal-holds/" + hold + "/lifting", """
                {"reason": "again"}""", auditor).status(), "a hold is lifted once");
        assertFalse(get("/legal-holds", auditor).body().contains(hold), "a lifted hold is not listed as in force");
        assertTrue(get("/legal-holds?lifted=true", auditor).body().contains(hold), "but kept");
        for (JsonNode record : get("/due?size=100", auditor).json().get("records")) {
            assertFalse(record.get("held").asBoolean(), "nothing is held once the hold is lifted: " + record);
        }
    }
}
