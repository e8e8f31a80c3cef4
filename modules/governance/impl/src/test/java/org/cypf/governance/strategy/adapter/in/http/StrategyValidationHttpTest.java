package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.at;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postJson;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postYaml;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.function.Consumer;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bad strategy document is refused as a whole: 400 problem+json naming the path of every offending field, and
 * nothing stored (no strategy, observation or change row; the list unchanged).
 */
@ServerTest
class StrategyValidationHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;
    private List<Long> rowsBefore;
    private JsonNode listBefore;

    StrategyValidationHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy validation");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void oneValidStrategyIsLoaded() {
        if (f.count("select count(*) from governance.strategy") == 0) {
            StrategyFixture.load(client, smallStrategy(freshId("valid")));
        }
        rowsBefore = f.tableCounts();
        listBefore = get(client, BASE).body();
    }

    /** Posts the small strategy changed by {@code breakIt}; asserts 400 naming the fields and that nothing was stored. */
    private List<String> refused(Consumer<ObjectNode> breakIt) {
        String id = freshId("invalid");
        ObjectNode document = smallStrategy(id);
        breakIt.accept(document);
        Answer answer = problem(postJson(client, BASE, text(document)), 400);
        assertNothingStored(id);
        return answer.fields();
    }

    private void assertNothingStored(String id) {
        assertEquals(rowsBefore, f.tableCounts(), "no row in strategy, strategy_observation or strategy_change");
        assertEquals(0, f.count("select count(*) from governance.strategy where strategy_id = ?", id));
        assertEquals(listBefore, get(client, BASE).body());
        problem(get(client, BASE + "/" + id), 404);
    }

    @Test
    void a_measure_naming_an_outcome_that_does_not_exist() {
        assertEquals(List.of("measures[0].outcome"), refused(d -> at(d, "/measures/0").put("outcome", "thriving")));
    }

    @Test
    void unknown_references_in_every_section_are_named() {
        List<String> fields = refused(d -> {
            at(d, "/priorities/1").putArray("areas").add("send").add("early-years");
            at(d, "/measures/1").put("area", "early-years");
            at(d, "/measures/0").putObject("source").put("kind", "SUBMITTED").put("partner", "police");
            at(d, "/programme/projects/1").putArray("dependsOn").add("front-door").add("no-such-project");
            at(d, "/boards/0").put("reportsTo", "cabinet");
            at(d, "/actionPlan/0").putArray("priorities").add("p9");
        });
        assertEquals(List.of("priorities[1].areas[1]", "measures[0].source.partner", "measures[1].area",
                "programme.projects[1].dependsOn[1]", "actionPlan[0].priorities[0]", "boards[0].reportsTo").stream().sorted().toList(),
                fields.stream().sorted().toList());
    }

    @Test
    void duplicate_ids() {
        assertEquals(List.of("outcomes[2].id"), refused(d -> d.withArray("outcomes").addObject().put("id", "safe").put("name", "Safe again")));
        // the duplicate is named, and so is every reference to the outcome whose id it took
        assertEquals(List.of("measures[0].outcome", "measures[2].outcome", "outcomes[1].id", "priorities[1].outcomes[0]"),
                refused(d -> at(d, "/outcomes/1").put("id", "safe")).stream().sorted().toList());
        assertEquals(List.of("measures[2].id"), refused(d -> at(d, "/measures/2").put("id", "gld")));
        assertEquals(List.of("programme.risks[1].id"), refused(d -> at(d, "/programme/risks/1").put("id", "funding")));
        assertEquals(List.of("priorities[1].number"), refused(d -> at(d, "/priorities/1").put("number", 1)));
    }

    @Test
    void a_percentage_over_100_in_an_observation_a_target_a_benchmark_or_a_baseline() {
        assertEquals(List.of("measures[0].observations[0].value"),
                refused(d -> at(d, "/measures/0/observations/0").put("value", 100.5)));
        assertEquals(List.of("measures[0].targets[1].value"), refused(d -> at(d, "/measures/0/targets/1").put("value", 101)));
        assertEquals(List.of("measures[0].benchmarks[0].value"), refused(d -> at(d, "/measures/0/benchmarks/0").put("value", 167.7)));
        assertEquals(List.of("measures[0].baseline.value"), refused(d -> at(d, "/measures/0/baseline").put("value", -1)));
        // 100 itself is a percentage; over 100 is fine for a count
        StrategyFixture.load(client, smallStrategy(freshId("hundred")).deepCopy()
                .set("measures", StrategyFixture.json("""
                        [{"id": "all", "title": "All", "unit": "PERCENTAGE", "polarity": "HIGHER_IS_BETTER",
                          "observations": [{"asAt": "2024-07-31", "value": 100}]},
                         {"id": "many", "title": "Many", "unit": "COUNT", "polarity": "NEITHER",
                          "observations": [{"asAt": "2024-07-31", "value": 8414}]}]""")));
    }

    @Test
    void a_period_that_ends_before_it_starts() {
        assertEquals(List.of("period.end"), refused(d -> at(d, "/period").put("end", "2024-03-31")));
        assertEquals(List.of("period.end"), refused(d -> at(d, "/period").put("end", "2024-04-01")));
    }

    @Test
    void a_target_for_a_horizon_the_strategy_does_not_have() {
        assertEquals(List.of("measures[0].targets[1].horizon"),
                refused(d -> at(d, "/measures/0/targets/1").put("horizon", "thrive")));
    }

    @Test
    void every_violation_is_listed_in_one_answer() {
        List<String> fields = refused(d -> {
            d.put("id", "Not Kebab");
            at(d, "/period").put("end", "2020-01-01");
            at(d, "/measures/0").put("outcome", "thriving").put("unit", "PERCENT");
            at(d, "/measures/1").remove("polarity");
            at(d, "/programme/risks/0").put("likelihood", 6);
        });
        assertEquals(List.of("id", "measures[0].outcome", "measures[0].unit", "measures[1].polarity", "period.end",
                "programme.risks[0].likelihood"), fields.stream().sorted().toList());
    }

    @Test
    void what_the_schema_requires_of_the_other_sections_is_checked_too() {
        List<String> fields = refused(d -> {
            d.putArray("obsessions").add("Best start in life").add(" ");
            d.putArray("principles").addObject().put("statement", "no title");
            var letters = d.putArray("mnemonics").addObject().put("name", "ROOM TO GROW").putArray("letters");
            letters.addObject().put("letter", "R").put("word", "Right door").put("statement", "first door");
            letters.addObject().put("letter", "oo").put("statement", "lower case and two letters");
            d.putArray("alignments").addObject().put("plan", "Council plan");
            at(d, "/priorities/0").putArray("outcomes").add("safe").add("safe");
            at(d, "/programme/risks/1").put("id", "r".repeat(81));
            at(d, "/boards/0").putArray("meetings").addObject().put("date", "2025-01-15")
                    .putArray("actions").addObject().put("owner", "Chair");
        });
        assertEquals(List.of("alignments[0].item", "boards[0].meetings[0].actions[0].title", "mnemonics[0].letters[1].letter",
                "obsessions[1]", "principles[0].title", "priorities[0].outcomes[1]", "programme.risks[1].id"), fields.stream().sorted().toList());
    }

    @Test
    void an_empty_item_is_named_once() {
        assertEquals(List.of("programme.risks[2]"), refused(d -> d.withArray("/programme/risks").addNull()));
        assertEquals(List.of("measures[3]"), refused(d -> d.withArray("measures").addNull()));
    }

    @Test
    void an_unknown_field_is_refused_by_name_in_json_and_in_yaml() {
        assertEquals(List.of("measures[1].colour"), refused(d -> at(d, "/measures/1").put("colour", "red")));
        assertEquals(List.of("sponsor"), refused(d -> d.put("sponsor", "Mayor")));

        String id = freshId("yaml");
        Answer yaml = problem(postYaml(client, BASE, """
                id: %s
                title: Yaml strategy
                partnership: {name: P, area: A}
                period: {start: 2024-04-01, end: 2027-03-31}
                outcomes: [{id: safe, name: Safe, colour: green}]
                priorities: [{id: p1, number: 1, title: One}]
                measures: []
                """.formatted(id)), 400);
        assertEquals(List.of("outcomes[0].colour"), yaml.fields());
        assertNothingStored(id);
    }

    @Test
    void a_bad_yaml_document_is_refused_naming_the_path_like_json() {
        String id = freshId("yaml");
        Answer yaml = problem(postYaml(client, BASE, """
                id: %s
                title: Yaml strategy
                partnership: {name: P, area: A}
                period: {start: 2024-04-01, end: 2027-03-31}
                outcomes: [{id: safe, name: Safe}]
                priorities: [{id: p1, number: 1, title: One}]
                measures:
                  - {id: m1, title: M1, outcome: healthy, unit: COUNT, polarity: LOWER_IS_BETTER}
                """.formatted(id)), 400);
        assertEquals(List.of("measures[0].outcome"), yaml.fields());
        assertNothingStored(id);
        // a wrong type is named too
        assertEquals(List.of("period.start"), refused(d -> at(d, "/period").put("start", "1 April 2024")));
    }

    @Test
    void a_body_that_is_not_a_document_is_refused() {
        String before = text(get(client, BASE).body());
        assertEquals(List.of("$"), problem(postJson(client, BASE, "{\"id\": "), 400).fields());
        assertEquals(List.of("$"), problem(postJson(client, BASE, ""), 400).fields());
        assertEquals(before, text(get(client, BASE).body()));
        assertTrue(f.tableCounts().equals(rowsBefore));
    }
}
