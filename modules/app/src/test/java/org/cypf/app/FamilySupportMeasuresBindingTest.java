package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Family support's measures bound in a strategy and computed in the running app with their provenance, and a
 * step-up from early help reaching social care's front door as a contact from early help (source 5D). No seed
 * strategy states a family support measure (ADR 0063), so the strategy here is the smallest that binds two.
 */
class FamilySupportMeasuresBindingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRACTITIONER = TestTokens.bearer("eh.begum", "voluntary-sector",
            "early-help-practitioner");
    private static final String STRATEGY = """
            id: early-help-measures
            title: Early help measures
            partnership: {name: Test partnership, area: Test area}
            period: {start: "2025-04-01", end: "2028-03-31"}
            outcomes:
              - {id: nurtured, name: Nurtured}
            priorities:
              - {id: early-help-offer, number: 1, title: Develop an early help offer}
            measures:
              - id: early-help-open
                title: Families supported by early help
                outcome: nurtured
                unit: COUNT
                polarity: HIGHER_IS_BETTER
                source: {kind: COMPUTED, key: family-support.early-help-episodes-open}
              - id: step-ups
                title: Step-ups from early help to children's social care
                outcome: nurtured
                unit: COUNT
                polarity: LOWER_IS_BETTER
                source: {kind: COMPUTED, key: family-support.step-ups-to-social-care}
            """;
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("family support measures binding");
    }

    @AfterAll
    static void stop() {
        cypf.close();
    }

    private static JsonNode post(String path, String json) throws Exception {
        var answer = cypf.sendWith("POST", path, json, PRACTITIONER);
        assertTrue(answer.status() == 200 || answer.status() == 201, path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    @Test
    void a_strategy_binding_family_support_measures_shows_their_values_and_a_step_up_reaches_the_front_door()
            throws Exception {
        var loaded = cypf.postAs("/governance/strategies", "application/yaml", STRATEGY);
        assertEquals(201, loaded.status(), loaded.body());

        JsonNode request = post("/family-support/requests-for-support", """
                {"childId": "%s", "receivedOn": "2025-06-02", "requestedBy": "FAMILY", "need": "Help at home",
                 "consentGivenBy": "Mother", "consentGivenOn": "2025-06-02"}""".formatted(UUID.randomUUID()));
        String requestId = request.get("requestId").asText();
        post("/family-support/requests-for-support/" + requestId + "/triage", """
                {"version": 0, "triagedOn": "2025-06-03", "outcome": "EARLY_HELP"}""");
        JsonNode episode = post("/family-support/early-help-episodes", """
                {"requestId": "%s", "openedOn": "2025-06-04", "leadPractitioner": "A. Begum",
                 "leadPractitionerOrganisation": "Meir Family Hub"}""".formatted(requestId));
        post("/family-support/early-help-episodes/" + episode.get("episodeId").asText() + "/step-up", """
                {"version": 0, "steppedUpOn": "2025-09-01", "localChildId": "EH0099", "dateOfBirth": "2016-05-04",
                 "sex": "2", "reason": "Neglect concerns have grown despite the family plan",
                 "familyMembers": [{"name": "Sam Doe", "relationship": "mother"}]}""");

        JsonNode card = JSON.readTree(cypf.getAs("/governance/strategies/early-help-measures/scorecard?date=2025-12-31")
                .body());
        Map<String, JsonNode> lines = new HashMap<>();
        card.get("groups").forEach(g -> g.get("measures").forEach(m -> lines.put(m.get("measureId").asText(), m)));
        JsonNode open = lines.get("early-help-open");
        assertNotNull(open, card.toString());
        assertEquals(1, open.at("/latest/value").asInt(), "the one episode open on 31 December 2025");
        assertEquals("family-support", open.at("/provenance/context").asText());
        assertTrue(open.at("/provenance/definition").asText().contains("early help episodes open"));
        assertEquals(1, lines.get("step-ups").at("/latest/value").asInt(), "stepped up on 1 September 2025");

        // the front door's subscriber records the step-up as a contact from early help, once
        long contacts = 0;
        for (int i = 0; i < 100 && contacts == 0; i++) {
            Thread.sleep(100);
            contacts = cypf.count("""
                    select count(*) from social_care.contact c join social_care.child ch on ch.child_id = c.child_id
                     where ch.la_child_id = 'EH0099' and c.referral_source = '5D'""");
        }
        assertEquals(1, contacts, "the step-up reached social care's front door");
    }
}
