package org.cypf.governance.strategy.application;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.json;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.cypf.governance.api.strategy.StrategyScorecards.Grouping;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which target a scorecard judges by on a date (the horizon of the strategy year, else the first dated target not
 * yet passed, else the last), and which comparator its RAG uses (the target, else England's latest benchmark).
 * Through the scorecard use case on PostgreSQL.
 */
class ScorecardTargetsTest {
    private static final Caller CALLER = new Caller(StrategyFixture.USER, StrategyFixture.PARTNER, (String) null, null);
    private static StrategyFixture f;
    private static String id;

    @BeforeAll
    static void load() throws JsonProcessingException {
        f = StrategyFixture.start("strategy targets");
        id = freshId("targets");
        ObjectNode document = smallStrategy(id);
        document.set("measures", json("""
                [{"id": "by-horizon", "title": "By horizon", "outcome": "achieving", "unit": "PERCENTAGE",
                  "polarity": "HIGHER_IS_BETTER",
                  "targets": [{"horizon": "survive", "value": 65}, {"horizon": "strive", "value": 70},
                              {"horizon": "strive", "breakdown": "Boys", "value": 60}],
                  "benchmarks": [{"comparator": "ENGLAND", "value": 90}],
                  "observations": [{"asAt": "2023-07-31", "value": 62}, {"asAt": "2024-07-31", "value": 64}]},
                 {"id": "by-date", "title": "By date", "outcome": "safe", "unit": "COUNT", "polarity": "LOWER_IS_BETTER",
                  "targets": [{"by": "2026-03-31", "value": 400}, {"by": "2025-03-31", "value": 420}],
                  "observations": [{"asAt": "2024-03-31", "value": 430}]},
                 {"id": "both", "title": "Horizon first, then date", "outcome": "safe", "unit": "COUNT",
                  "polarity": "LOWER_IS_BETTER",
                  "targets": [{"horizon": "strive", "value": 300}, {"by": "2025-03-31", "value": 350}],
                  "observations": [{"asAt": "2024-03-31", "value": 360}]},
                 {"id": "england-only", "title": "England only", "outcome": "achieving", "unit": "PERCENTAGE",
                  "polarity": "HIGHER_IS_BETTER",
                  "benchmarks": [{"comparator": "REGION", "value": 50},
                                 {"comparator": "ENGLAND", "value": 67.7, "asAt": "2024-07-31"},
                                 {"comparator": "ENGLAND", "value": 80, "asAt": "2019-07-31"}],
                  "observations": [{"asAt": "2024-07-31", "value": 65}]},
                 {"id": "no-comparator", "title": "No comparator", "outcome": "achieving", "unit": "PERCENTAGE",
                  "polarity": "HIGHER_IS_BETTER",
                  "benchmarks": [{"comparator": "STATISTICAL_NEIGHBOURS", "value": 50}],
                  "observations": [{"asAt": "2024-07-31", "value": 10}]}]"""));
        f.context.strategies().load(CALLER, JsonMapping.clients().treeToValue(document, StrategyDocument.class));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static StrategyScorecardView.Line line(String date, String measureId) {
        return f.scorecards.scorecard(id, LocalDate.parse(date), Grouping.OUTCOME).groups().stream()
                .flatMap(g -> g.measures().stream()).filter(m -> m.measureId().equals(measureId)).findFirst().orElseThrow();
    }

    private static void assertTarget(String value, String horizon, String by, StrategyScorecardView.Line line) {
        var target = line.target();
        assertEquals(0, new BigDecimal(value).compareTo(target.value()), () -> "target " + target);
        assertEquals(horizon, target.horizon());
        assertEquals(by == null ? null : LocalDate.parse(by), target.by());
    }

    @Test
    void a_horizon_target_applies_in_its_strategy_years() {
        // the strategy starts on 1 April 2024: Survive is years 1-2, Strive years 3-5
        assertTarget("65", "survive", null, line("2024-04-01", "by-horizon"));
        assertTarget("65", "survive", null, line("2026-03-31", "by-horizon"));
        assertTarget("70", "strive", null, line("2026-04-01", "by-horizon"));
        assertTarget("70", "strive", null, line("2029-03-31", "by-horizon"));
        // before the strategy and after its last horizon no horizon target is in force (and there is no dated one)
        assertNull(line("2024-03-31", "by-horizon").target());
        assertNull(line("2029-04-01", "by-horizon").target());
    }

    @Test
    void a_dated_target_applies_until_its_date_then_the_next_and_the_last_stays_once_all_have_passed() {
        assertTarget("420", null, "2025-03-31", line("2024-06-30", "by-date"));
        assertTarget("420", null, "2025-03-31", line("2025-03-31", "by-date"));
        assertTarget("400", null, "2026-03-31", line("2025-04-01", "by-date"));
        assertTarget("400", null, "2026-03-31", line("2027-06-30", "by-date"));
    }

    @Test
    void a_horizon_target_in_force_wins_over_a_dated_one() {
        assertTarget("300", "strive", null, line("2026-06-30", "both"));
        assertTarget("350", null, "2025-03-31", line("2024-06-30", "both"));
    }

    @Test
    void rag_uses_the_target_in_force_rather_than_england() {
        // 64 against 65: within 5 % => AMBER (England's 90 would make it RED)
        assertEquals("AMBER", line("2025-03-31", "by-horizon").rag());
        // 64 against 70: more than 5 % short => RED
        assertEquals("RED", line("2026-04-01", "by-horizon").rag());
        // count, lower is better: 430 against 420 is within 5 % => AMBER; against 400 more than 5 % over => RED
        assertEquals("AMBER", line("2024-06-30", "by-date").rag());
        assertEquals("RED", line("2025-04-01", "by-date").rag());
        assertEquals("IMPROVING", line("2025-03-31", "by-horizon").direction(), "62 then 64, higher is better");
        assertEquals("UNKNOWN", line("2025-03-31", "by-date").direction(), "one value only");
    }

    @Test
    void every_measure_is_on_the_card_once_even_under_an_outcome_called_unassigned() throws JsonProcessingException {
        String odd = freshId("odd-outcome");
        ObjectNode document = smallStrategy(odd);
        document.withArray("outcomes").addObject().put("id", "unassigned").put("name", "Called unassigned");
        StrategyFixture.at(document, "/measures/0").put("outcome", "unassigned");
        StrategyFixture.at(document, "/measures/1").remove("outcome");
        f.context.strategies().load(CALLER, JsonMapping.clients().treeToValue(document, StrategyDocument.class));

        var card = f.scorecards.scorecard(odd, LocalDate.parse("2025-03-31"), Grouping.OUTCOME);

        assertEquals(List.of("safe:0", "achieving:1", "unassigned:1", "unassigned:1"),
                card.groups().stream().map(g -> g.id() + ":" + g.measures().size()).toList());
        assertEquals(List.of("Safe", "Achieving", "Called unassigned", "Not assigned"),
                card.groups().stream().map(StrategyScorecardView.Group::name).toList());
        assertEquals("gld", card.groups().get(2).measures().getFirst().measureId());
        assertEquals("missing-children", card.groups().get(3).measures().getFirst().measureId());
    }

    @Test
    void without_a_target_rag_uses_englands_latest_benchmark_and_otherwise_none() {
        // 65 against England's 67.7 (2024, the latest): within 5 % => AMBER (against 2019's 80 it would be RED)
        StrategyScorecardView.Line england = line("2025-03-31", "england-only");
        assertNull(england.target());
        assertEquals("AMBER", england.rag());
        assertEquals(3, england.benchmarks().size());
        // no target and no England benchmark: no colour, whatever the statistical neighbours say
        assertEquals("NONE", line("2025-03-31", "no-comparator").rag());
    }
}
