package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.CLA_NOW;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.COMPUTED_AT;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The seed strategies on a scorecard: S004's measures with their 2023/24 outturns exactly as the seed gives them,
 * S001's 34 measures (and Annex A's self-harm indicator with its bands) under its six outcomes, the
 * children-looked-after measure bound to social care's computed value (and without a source), S002's significant
 * risks in its board pack.
 */
@ServerTest
class SeedScorecardsHttpTest {
    private static final String S004 = "redcar-cleveland-cypf-2024-2027";
    private static final String S001 = "stoke-room-to-grow-2020-2024";
    private static final String S002 = "sandwell-children-and-families-2025-2028";
    /** Where the same resources are mounted with no measure source bound. */
    private static final String UNBOUND = "/unbound" + BASE;
    private static StrategyFixture f;
    private final Http1Client client;

    SeedScorecardsHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy seed scorecards");
        f.mount(routing);
        routing.register(UNBOUND, f.context.strategyHttp(f.context.strategyScorecards(List.of())));
        // Loading through HTTP is SeedFilesHttpTest's subject; here the seeds are loaded as data through the use case.
        var caller = new Caller(StrategyFixture.USER, StrategyFixture.PARTNER, (String) null, null);
        for (String prefix : List.of("s001-", "s002-", "s004-")) {
            try {
                f.context.strategies().load(caller,
                        JsonMapping.clientsYaml().readValue(seed(prefix).toFile(), StrategyDocument.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Map<String, JsonNode> lines(JsonNode card) {
        Map<String, JsonNode> lines = new HashMap<>();
        card.get("groups").forEach(g -> g.get("measures").forEach(m -> lines.put(m.get("measureId").asText(), m)));
        return lines;
    }

    private static BigDecimal decimal(JsonNode node) {
        assertNotNull(node);
        assertFalse(node.isNull(), "a value is expected");
        return new BigDecimal(node.asText());
    }

    private static void assertValue(String expected, JsonNode value) {
        assertEquals(0, new BigDecimal(expected).compareTo(decimal(value)), () -> "expected " + expected + ", was " + value);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode scorecard(String base, String id, String query) {
        Answer card = get(client, base + "/" + id + "/scorecard?" + query);
        assertEquals(200, card.status(), card::text);
        return card.body();
    }

    @Test
    void s004_scorecard_shows_its_nine_measures_with_the_2023_24_outturns_as_the_seed_gives_them() {
        JsonNode card = scorecard(BASE, S004, "date=2025-03-31&by=outcome");
        assertEquals("OUTCOME", card.get("groupedBy").asText());
        assertEquals("2025-03-31", card.get("asAt").asText());
        Map<String, JsonNode> lines = lines(card);
        assertEquals(9, lines.size(), lines::toString);

        // children in care: computed by social care (the fake source), with its provenance ...
        JsonNode cla = lines.get("children-in-our-care");
        assertValue(CLA_NOW.toPlainString(), cla.at("/latest/value"));
        assertEquals("social-care", cla.at("/provenance/context").asText());
        assertEquals(COMPUTED_AT, Instant.parse(cla.at("/provenance/computedAt").asText()));
        assertEquals(StrategyFixture.CLA_DEFINITION, cla.at("/provenance/definition").asText());
        assertEquals("IMPROVING", cla.get("direction").asText(), "431 now against 440 a year before, lower is better");
        assertEquals(List.of(), texts(cla.get("dataQuality")));
        // ... beside the outturn the seed reports, shown on the card as reported ...
        assertValue("425", cla.at("/reported/value"));
        assertEquals("2024-09-30", cla.at("/reported/asAt").asText());
        // ... and stored as an observation, exactly
        Answer stored = get(client, BASE + "/" + S004 + "/measures/children-in-our-care/observations");
        assertEquals(200, stored.status(), stored::text);
        JsonNode observations = stored.body().get("observations");
        assertEquals(1, observations.size());
        assertValue("425", observations.at("/0/value"));
        assertEquals("2024-09-30", observations.at("/0/asAt").asText());
        assertEquals("FINAL", observations.at("/0/status").asText());

        // placement kinds: four parts, no whole value
        JsonNode placements = lines.get("children-cared-for-by-placement");
        assertFalse(placements.has("latest"), "an absent field is left out, not sent as null");
        Map<String, JsonNode> parts = new HashMap<>();
        placements.get("breakdown").forEach(b -> parts.put(b.get("breakdown").asText(), b));
        assertEquals(4, parts.size(), parts::toString);
        assertValue("26", parts.get("In house foster carers").get("value"));
        assertValue("15", parts.get("Foster care agencies").get("value"));
        assertValue("0.7", parts.get("In house residential").get("value"));
        assertValue("14", parts.get("Independent residential (excluding supported accommodation)").get("value"));
        parts.values().forEach(p -> assertEquals("August 2024", p.get("periodLabel").asText()));
        assertEquals("NONE", placements.get("rag").asText());

        JsonNode eet = lines.get("young-people-in-eet");
        assertValue("94", eet.at("/reported/value"));
        assertEquals(3105, eet.at("/reported/numerator").asLong());
        // EET, GLD, KS2, KS4, suspensions, exclusions and attendance are bound to education's computed measures, which
        // this test does not wire: no source, and the seed's outturns shown as reported
        JsonNode gld = lines.get("eyfs-good-level-of-development");
        assertValue("66.9", gld.at("/reported/value"));
        assertEquals(868, gld.at("/reported/numerator").asLong());
        JsonNode ks2 = lines.get("ks2-attainment");
        assertValue("63.3", ks2.at("/reported/value"));
        assertEquals(1061, ks2.at("/reported/numerator").asLong());
        assertValue("44.74", lines.get("ks4-attainment").at("/reported/value"));
        JsonNode suspensions = lines.get("suspensions");
        assertValue("8414", suspensions.at("/reported/value"));
        assertEquals("2023/24", suspensions.at("/reported/periodLabel").asText());
        assertValue("98", lines.get("exclusions").at("/reported/value"));
        JsonNode attendance = lines.get("school-attendance");
        assertFalse(attendance.has("latest"), "an absent field is left out, not sent as null");
        for (String id : List.of("young-people-in-eet", "eyfs-good-level-of-development", "ks2-attainment",
                "ks4-attainment", "suspensions", "exclusions", "school-attendance")) {
            assertEquals(List.of("NO_SOURCE"), texts(lines.get(id).get("dataQuality")), id);
        }
    }

    @Test
    void s001_scorecard_groups_its_38_lines_under_the_six_outcomes() {
        JsonNode card = scorecard(BASE, S001, "date=2024-03-31&by=outcome");

        List<String> groups = StreamSupport.stream(card.get("groups").spliterator(), false)
                .map(g -> g.get("id").asText()).toList();
        assertEquals(List.of("safe", "healthy", "achieving", "nurtured", "involved", "prepared"), groups,
                "the six outcomes in the document's order, and no unassigned group");
        List<Integer> sizes = StreamSupport.stream(card.get("groups").spliterator(), false)
                .map(g -> g.get("measures").size()).toList();
        // the 34 strategic measures, and under Healthy Annex A's self-harm indicator with its three age bands
        assertEquals(List.of(7, 11, 7, 5, 2, 6), sizes);
        assertEquals(38, lines(card).size());
        assertEquals("Safe", card.at("/groups/0/name").asText());

        JsonNode cla = lines(card).get("looked-after-children");
        assertEquals("nurtured", StreamSupport.stream(card.get("groups").spliterator(), false)
                .filter(g -> g.get("measures").findValuesAsText("measureId").contains("looked-after-children"))
                .findFirst().orElseThrow().get("id").asText());
        assertEquals("social-care", cla.at("/provenance/context").asText());
        assertValue(StrategyFixture.CLA_BEFORE.toPlainString(), cla.at("/latest/value"));
        assertEquals("2024-03-31", cla.at("/latest/asAt").asText());
        assertEquals("social-care", cla.at("/latest/source").asText());
        assertValue("918", cla.at("/baseline/value"));
        assertEquals("NONE", cla.get("rag").asText(), "no target and no England benchmark");
    }

    @Test
    void without_a_source_bound_the_computed_measure_shows_no_source() {
        JsonNode cla = lines(scorecard(UNBOUND, S001, "date=2024-03-31")).get("looked-after-children");

        assertEquals(List.of("NO_SOURCE"), texts(cla.get("dataQuality")));
        assertFalse(cla.has("provenance"), "an absent field is left out, not sent as null");
        assertFalse(cla.has("latest"), "an absent field is left out, not sent as null");
        assertEquals("NONE", cla.get("rag").asText());
        // a submitted measure is unaffected by the missing source
        JsonNode ks = lines(scorecard(UNBOUND, S001, "date=2024-03-31")).get("key-stage-2-4-5-achievement-and-progress");
        assertValue("60", ks.at("/baseline/value"));
    }

    @Test
    void s001_scorecard_by_area_puts_every_measure_under_not_assigned() {
        JsonNode card = scorecard(BASE, S001, "date=2024-03-31&by=area");
        assertEquals("AREA", card.get("groupedBy").asText());
        assertEquals(1, card.get("groups").size());
        assertEquals("unassigned", card.at("/groups/0/id").asText());
        assertEquals(38, card.at("/groups/0/measures").size());
    }

    @Test
    void s002_board_pack_shows_its_two_significant_risks_as_red_risks() {
        Answer pack = get(client, BASE + "/" + S002 + "/board-pack?meeting=2025-09-17");
        assertEquals(200, pack.status(), pack::text);
        assertTrue(pack.contentType().startsWith("text/html"), pack.contentType());
        String html = pack.text();
        assertTrue(html.contains("Children and Families Strategy 2025-28"));
        String redRisks = html.substring(html.indexOf("<h2>Red risks</h2>"));
        assertTrue(redRisks.contains("Delivery partners having the resources to deliver on the priorities and outcomes of the strategy."), redRisks);
        assertTrue(redRisks.contains("The strategy not improving outcomes for children, young people and families"), redRisks);
        assertEquals(2, redRisks.split("<tr class=\"RED\">", -1).length - 1, redRisks);
        assertTrue(html.contains("17 September 2025"));
    }

    @Test
    void an_unknown_grouping_or_strategy_is_refused() {
        StrategyFixture.problem(get(client, BASE + "/" + S004 + "/scorecard?date=2025-03-31&by=colour"), 400);
        assertEquals(List.of("by"), StrategyFixture.problem(get(client, BASE + "/" + S004 + "/scorecard?by=colour"), 400).fields());
        assertEquals(List.of("date"), StrategyFixture.problem(get(client, BASE + "/" + S004 + "/scorecard?date=31/03/2025"), 400).fields());
        StrategyFixture.problem(get(client, BASE + "/no-such-strategy/scorecard?date=2025-03-31"), 404);
    }
}
