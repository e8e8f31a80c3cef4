package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cypf.testing.RunningApplication.Response;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 8's "done means" for subject access, against the whole application: a child seeded through the api in every
 * context (social care's period of care, missing episode and family network meeting; the virtual school's and
 * health's records made by the child-entered-care event; family support's request, early help episode and family
 * network meeting; health's mental health referral, healthy child programme and EHC request) is exported with every
 * one of those records and nothing about a second child seeded alike. And, so that a record type added later cannot
 * be left out, every table of every context's schema either is found by the export's rule (a {@code child_id}, or one
 * foreign key from a table with one) or is named here as holding no child's record.
 */
class SubjectAccessEveryContextTest {
    private static final String MANAGER = TestTokens.bearer("tm.patel", "council", "team-manager");
    private static final String VISITOR = TestTokens.bearer("hv.khan", "nhs", "health-visitor");
    private static final String AUDITOR = TestTokens.bearer("ig.okafor", "council", "auditor");

    /** The tables that hold no child's record, per schema: reference data, the public directory, retention's marks. */
    private static final Map<String, Set<String>> NOT_ABOUT_A_CHILD = Map.of(
            "social_care", Set.of("retention_anonymised"),
            "education_skills", Set.of("setting", "retention_anonymised", "school_system_watermark", "school_term",
                    "school_holiday"),
            "family_support", Set.of("retention_anonymised", "family_hub", "directory_feed", "directory_organization",
                    "directory_taxonomy", "directory_taxonomy_term", "directory_service", "directory_opening",
                    "directory_service_term", "directory_service_at_location", "directory_service_place",
                    "family_hub_schedule"),
            "health_wellbeing", Set.of("retention_anonymised", "health_organisation", "self_harm_admissions"));

    private static RunningCypf cypf;
    private static Seeded seeded;
    private static Seeded other;

    /** A child seeded in every context, and the ids of what was recorded. */
    private record Seeded(String childId, String localChildId, List<String> recordIds) {}

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("subject access in every context");
        seeded = seed("SA1", "9434765919");
        other = seed("SA2", "9434765870");
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    private static Response created(Response response) {
        assertEquals(201, response.status(), response.body());
        return response;
    }

    private static Seeded seed(String localChildId, String nhsNumber) {
        List<String> ids = new ArrayList<>();
        var period = created(cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "%s", "dateOfBirth": "2014-05-06", "sex": "1"},
                 "startDate": "2025-01-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}""".formatted(localChildId)));
        String child = period.json().get("childId").asText();
        ids.add(period.json().get("periodId").asText());
        ids.add(created(cypf.send("POST", "/social-care/missing-episodes", """
                {"childId": "%s", "kind": "M", "startDate": "2025-02-01", "endDate": "2025-02-02"}""".formatted(child)))
                .json().get("missingId").asText());
        ids.add(created(cypf.send("POST", "/social-care/family-network-meetings", """
                {"childId": "%s", "heldOn": "2025-01-05", "type": "FAMILY_GROUP_CONFERENCE",
                 "outcome": "FAMILY_PLAN_AGREED"}""".formatted(child))).json().get("meetingId").asText());

        var request = created(cypf.sendWith("POST", "/family-support/requests-for-support", """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "help with routines",
                 "consentGivenBy": "mother", "consentGivenOn": "2025-06-02"}""".formatted(child), MANAGER));
        String requestId = request.json().get("requestId").asText();
        ids.add(requestId);
        var triaged = cypf.sendWith("POST", "/family-support/requests-for-support/" + requestId + "/triage", """
                {"version": 0, "triagedOn": "2025-06-03", "outcome": "EARLY_HELP"}""", MANAGER);
        assertEquals(200, triaged.status(), triaged.body());
        var episode = created(cypf.sendWith("POST", "/family-support/early-help-episodes", """
                {"requestId": "%s", "openedOn": "2025-06-04", "leadPractitioner": "E. Begum",
                 "leadPractitionerOrganisation": "voluntary-sector"}""".formatted(requestId), MANAGER));
        String episodeId = episode.json().get("episodeId").asText();
        ids.add(episodeId);
        ids.add(created(cypf.sendWith("POST", "/family-support/family-network-meetings", """
                {"episodeId": "%s", "offeredOn": "2025-06-10", "meetingType": "FAMILY_NETWORK_MEETING"}"""
                .formatted(episodeId), MANAGER)).json().get("meetingId").asText());

        ids.add(created(cypf.sendWith("POST", "/health-wellbeing/mental-health/referrals", """
                {"childId": "%s", "receivedOn": "2025-06-02", "source": "2A"}""".formatted(child), VISITOR))
                .json().get("referralId").asText());
        created(cypf.sendWith("POST", "/health-wellbeing/healthy-child/children", """
                {"nhsNumber": "%s", "childId": "%s", "dateOfBirth": "2014-05-06"}""".formatted(nhsNumber, child), VISITOR));
        ids.add(created(cypf.sendWith("POST", "/health-wellbeing/ehc-requests", """
                {"childId": "%s", "receivedOn": "2025-06-02"}""".formatted(child), VISITOR))
                .json().get("requestId").asText());

        // The virtual school and health hear that the child entered care through the outbox.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (cypf.count("select count(*) from education_skills.virtual_school_child where child_id = ?::uuid", child) == 0
                || cypf.count("select count(*) from health_wellbeing.care_health_record where child_id = ?::uuid", child) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the child-entered-care event reaches education and health");
            sleep();
        }
        return new Seeded(child, localChildId, ids);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void the_export_holds_every_record_of_the_child_from_every_context_and_nothing_of_another() {
        Response answer = cypf.getWith("/governance/subject-access/" + seeded.childId(), AUDITOR);
        assertEquals(200, answer.status(), answer.body());
        JsonNode export = answer.json();
        Set<String> held = new TreeSet<>();
        export.get("records").forEach(r -> held.add(r.get("context").asText() + ":" + r.get("recordType").asText()));
        Set<String> contexts = new HashSet<>();
        export.get("contexts").forEach(c -> contexts.add(c.asText()));

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(Set.of("social-care", "education-skills", "family-support", "health-wellbeing"),
                contexts));
        for (String expected : List.of("social-care:child", "social-care:period_of_care", "social-care:episode",
                "social-care:missing_episode", "social-care:family_network_meeting",
                "education-skills:virtual_school_child",
                "family-support:request_for_support", "family-support:early_help_episode",
                "family-support:family_network_meeting",
                "health-wellbeing:care_health_record", "health-wellbeing:mh_referral", "health-wellbeing:hcp_child",
                "health-wellbeing:ehc_request")) {
            checks.add(() -> assertTrue(held.contains(expected), expected + " is exported: " + held));
        }
        for (String id : seeded.recordIds()) {
            checks.add(() -> assertTrue(answer.body().contains(id), "record " + id + " is exported"));
        }
        List<String> another = new ArrayList<>(other.recordIds());
        another.add(other.childId());
        another.add("\"" + other.localChildId() + "\"");
        another.add("9434765870");
        for (String id : another) {
            checks.add(() -> assertFalse(answer.body().contains(id), "nothing about another child: " + id));
        }
        assertAll(checks);

        Response page = cypf.getWith("/governance/subject-access/" + seeded.childId() + "/page", AUDITOR);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("early_help_episode") && page.body().contains("mh_referral"));
        assertFalse(page.body().contains(other.childId()));
    }

    @Test
    void every_table_of_every_context_is_exported_or_named_as_holding_no_childs_record() {
        List<Executable> checks = new ArrayList<>();
        for (var schema : NOT_ABOUT_A_CHILD.entrySet()) {
            Set<String> tables = names("""
                    select table_name as name from information_schema.tables
                     where table_schema = ? and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'""",
                    schema.getKey());
            Set<String> direct = names("""
                    select table_name as name from information_schema.columns
                     where table_schema = ? and column_name = 'child_id'""", schema.getKey());
            Set<String> exported = new TreeSet<>(direct);
            // One single-column foreign key from a table naming the child, as ChildRows reads them.
            for (var fk : cypf.rows("""
                    select cl.relname as child_table, pl.relname as parent_table
                      from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class pl on pl.oid = c.confrelid
                     where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = ?::regnamespace""",
                    schema.getKey())) {
                if (direct.contains((String) fk.get("parent_table"))) {
                    exported.add((String) fk.get("child_table"));
                }
            }
            for (String table : tables) {
                boolean named = schema.getValue().contains(table);
                checks.add(() -> assertTrue(exported.contains(table) ^ named, schema.getKey() + "." + table
                        + (named ? " is named as holding no child's record but the export reads it"
                        : " is neither exported for subject access nor named as holding no child's record")));
            }
            for (String named : schema.getValue()) {
                checks.add(() -> assertTrue(tables.contains(named), schema.getKey() + "." + named + " exists"));
            }
        }
        assertAll(checks);
    }

    private static Set<String> names(String sql, String schema) {
        Set<String> names = new TreeSet<>();
        cypf.rows(sql, schema).forEach(r -> names.add((String) r.get("name")));
        return names;
    }
}
