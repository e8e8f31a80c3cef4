package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Refusals never reveal whether a record exists (issue 8, ADR 0033): every documented GET route with an id in its
 * path is called, by callers who may not see the record, once with an id that names a record and once with a random
 * one, and the two answers must be the same 403 problem (type, title, detail); a random id must never answer 404 to
 * them. Only a caller who could have seen the record learns 404. And lists of children's records show a practitioner
 * only the children they are involved with, unless their role lists every child's (ADR 0033).
 */
class RecordExistenceHttpTest {
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Routes of records that are not a child's: the partnership's strategies and the public service directory. */
    /** Public data, no child's record: strategies, the service directory and the Family Hubs' opening times (ADR 0085). */
    private static final List<String> NOT_CHILD_RECORDS = List.of("/governance/strategies/", "/family-support/services/",
            "/family-support/family-hubs/");

    /** Aggregates only, in every context: may see no child's record. */
    private static final String ANALYST = TestTokens.bearer("pa.green", "council", "performance-analyst");
    /** May see social care's contacts, enquiries and plans, not periods of care. */
    private static final String POLICE = TestTokens.bearer("po.wright", "police", "police-officer");
    /** May see every social care record, but is involved with no child. */
    private static final String UNINVOLVED = TestTokens.bearer("sw.jones", "council", "social-worker");

    private static RunningCypf cypf;
    private static List<String> getRoutes;
    private static final Map<String, String> EXISTING = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("record existence");
        var document = cypf.get("/openapi", Map.of("Accept", "application/vnd.oai.openapi"));
        assertEquals(200, document.status(), document.body());
        Map<String, Object> served = new Yaml().load(document.body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) served.get("paths");
        getRoutes = paths.entrySet().stream().filter(e -> e.getKey().contains("{") && e.getValue().containsKey("get"))
                .map(Map.Entry::getKey).toList();

        var contact = cypf.postAs("/social-care/contacts", """
                {"child": {"localChildId": "E0001", "dateOfBirth": "2015-02-03", "sex": "2"},
                 "receivedAt": "2025-06-30T09:15:00+01:00", "source": "2A", "worry": "a school's worry"}""");
        assertEquals(201, contact.status(), contact.body());
        EXISTING.put("contactId", contact.json().get("contactId").asText());
        var period = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "E0002", "dateOfBirth": "2012-05-06", "sex": "2"},
                 "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}""");
        assertEquals(201, period.status(), period.body());
        EXISTING.put("periodId", period.json().get("periodId").asText());
        EXISTING.put("childId", period.json().get("childId").asText());
    }

    @AfterAll
    static void stop() {
        if (cypf != null) {
            cypf.close();
        }
    }

    @Test
    void a_caller_who_may_see_no_childs_record_is_refused_alike_for_an_existing_and_a_random_id() {
        List<String> differences = walk(ANALYST, route -> true);
        assertEquals(List.of(), differences);
    }

    @Test
    void a_caller_whose_role_does_not_cover_the_record_type_is_refused_alike() {
        List<String> differences = walk(POLICE, route -> route.startsWith("/social-care/"));
        assertEquals(List.of(), differences);
    }

    @Test
    void a_caller_not_involved_with_the_child_is_refused_alike_and_a_permitted_caller_alone_learns_404() {
        List<String> differences = walk(UNINVOLVED, route -> route.startsWith("/social-care/"));
        assertEquals(List.of(), differences);

        // The creator of the records is involved with their children: only such a caller may learn of a missing one
        // by breaking glass with a reason (nobody is involved with a record that is not there).
        var missing = cypf.get("/social-care/contacts/" + UUID.randomUUID(), Map.of("Authorization", UNINVOLVED,
                "X-CYPF-Break-Glass", "urgent safeguarding call about a child not yet known to me"));
        assertEquals(404, missing.status(), missing.body());
    }

    @Test
    void each_refusal_of_a_missing_record_is_audited_with_no_child_and_the_tokens_issuer() {
        var refused = cypf.getWith("/social-care/contacts/" + UUID.randomUUID(), ANALYST);
        assertEquals(403, refused.status(), refused.body());
        var entries = cypf.getAsAuditor("/governance/access-audit/entries?user=pa.green&size=500");
        assertEquals(200, entries.status(), entries.body());
        boolean found = false;
        for (JsonNode entry : entries.json().get("entries")) {
            if (entry.get("childId").isNull() && "DENIED".equals(entry.get("decision").asText())
                    && "social-care".equals(entry.get("context").asText())) {
                assertEquals(TestTokens.ISSUER, entry.get("issuer").asText());
                found = true;
            }
        }
        assertTrue(found, "the refusal is audited with no child: " + entries.body());
    }

    @Test
    void a_claim_of_the_reserved_identity_is_refused_and_audited_with_its_issuer_and_no_child() {
        var refused = cypf.getWith("/social-care/children-looked-after", TestTokens.bearer("mallory", "council", "system"));
        assertEquals(403, refused.status(), refused.body());
        var entries = cypf.getAsAuditor("/governance/access-audit/entries?user=mallory");
        assertEquals(200, entries.status(), entries.body());
        assertEquals(1, entries.json().get("total").asInt(), entries.body());
        JsonNode entry = entries.json().get("entries").get(0);
        assertEquals("RESERVED-IDENTITY", entry.get("rule").asText());
        assertEquals("DENIED", entry.get("decision").asText());
        assertEquals("social-care", entry.get("context").asText());
        assertTrue(entry.get("childId").isNull());
        assertEquals(TestTokens.ISSUER, entry.get("issuer").asText());
    }

    @Test
    void a_list_shows_a_practitioner_only_the_children_they_are_involved_with_paged_in_the_query() {
        var second = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "E0003", "dateOfBirth": "2013-07-08", "sex": "1"},
                 "startDate": "2025-05-01", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AB"}}""");
        assertEquals(201, second.status(), second.body());
        String list = "/social-care/children-looked-after?date=2025-06-30";

        // The creator is involved with both children; the list is paged in the query, with its total.
        var creator = cypf.getAs(list + "&size=1");
        assertEquals(200, creator.status(), creator.body());
        assertEquals(1, creator.json().get("count").asInt());
        assertEquals(2, creator.json().get("total").asInt());
        assertTrue(creator.json().get("hasNext").asBoolean());

        // Another social worker, involved with neither: an empty list, not every child's.
        var uninvolved = cypf.getWith(list, UNINVOLVED);
        assertEquals(200, uninvolved.status(), uninvolved.body());
        assertEquals(0, uninvolved.json().get("total").asInt(), uninvolved.body());

        // Allocated to one child by a team manager, they see that child alone.
        String manager = TestTokens.bearer("tm.patel", "council", "team-manager");
        var allocated = cypf.sendWith("POST", "/governance/involvements", """
                {"childId": "%s", "userId": "sw.jones", "organisation": "council", "kind": "ALLOCATED-WORKER",
                 "validFrom": "2025-01-01"}""".formatted(second.json().get("childId").asText()), manager);
        assertEquals(201, allocated.status(), allocated.body());
        var one = cypf.getWith(list, UNINVOLVED);
        assertEquals(1, one.json().get("total").asInt(), one.body());
        assertEquals(second.json().get("childId").asText(), one.json().get("children").get(0).get("childId").asText());

        // A team manager's social care lists are partnership-wide (roles.yaml): every child's.
        var managers = cypf.getWith(list, manager);
        assertEquals(2, managers.json().get("total").asInt(), managers.body());

        // Analysts and board members see no child-level list at all.
        assertEquals(403, cypf.getWith(list, ANALYST).status());
        assertEquals(403, cypf.getWith("/social-care/child-protection/plans",
                TestTokens.bearer("bm.ahmed", "nhs", "board-member")).status());
    }

    /**
     * For each documented GET with an id (those {@code include} accepts), the existing and a random id as the caller:
     * the differences found (an answer that tells them apart, or a 404 to a refused caller).
     */
    private static List<String> walk(String token, java.util.function.Predicate<String> include) {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String route : getRoutes) {
            if (!include.test(route) || NOT_CHILD_RECORDS.stream().anyMatch(route::startsWith)) {
                continue;
            }
            var random = cypf.getWith(concrete(route, false), token);
            String existingPath = concrete(route, true);
            if (existingPath == null) {
                if (random.status() == 404) {
                    differences.add(route + ": a random id answered 404 to a caller refused its records");
                }
                continue;
            }
            var existing = cypf.getWith(existingPath, token);
            if (existing.status() != 403) {
                continue; // the caller may see it: the route's own answer (200, or 404 for a random id) is theirs to learn
            }
            compared++;
            if (random.status() != 403 || !same(existing.json(), random.json())) {
                differences.add(route + ": existing answered " + existing.body() + ", random answered " + random.body());
            }
        }
        assertTrue(compared >= 3, "existing records were compared: " + compared);
        return differences;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.get("type").equals(b.get("type")) && a.get("title").equals(b.get("title"))
                && a.get("detail").equals(b.get("detail"));
    }

    /** The route with each parameter filled: an existing record's id, or a random one; null if none exists to use. */
    private static String concrete(String route, boolean existing) {
        Matcher m = PARAMETER.matcher(route);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("year")) {
                value = "2025";
            } else if (name.equals("upn")) {
                value = existing ? null : "A123456789012";
            } else if (existing) {
                value = EXISTING.get(name);
            } else {
                value = UUID.randomUUID().toString();
            }
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
