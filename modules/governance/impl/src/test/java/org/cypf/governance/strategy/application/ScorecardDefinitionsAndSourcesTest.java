package org.cypf.governance.strategy.application;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.json;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.cypf.governance.api.strategy.StrategyScorecards;
import org.cypf.governance.api.strategy.StrategyScorecards.Grouping;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorecard keeps a strategy's parsed definitions between requests (ADR 0078) and asks each context's measure
 * source once a key, for both its dates (ADR 0079). Through the scorecard use case on PostgreSQL, with two
 * scorecard services on one database standing for two instances of CYPF.
 */
class ScorecardDefinitionsAndSourcesTest {
    private static final Caller CALLER = new Caller(StrategyFixture.USER, StrategyFixture.PARTNER, (String) null, null);
    private static final String LOOKED_AFTER = "social-care.children-looked-after";
    private static final String BROKEN = "education-skills.attendance-rate";
    private static final Instant COMPUTED_AT = Instant.parse("2025-03-31T23:00:00Z");
    private static final LocalDate DATE = LocalDate.of(2025, 3, 31);
    private static StrategyFixture f;

    /** Records each batch asked of it; the looked-after count is 400 before 2025 and 431 after, attendance fails. */
    private static final class RecordingSource implements MeasureSource {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public Set<String> measureKeys() {
            return Set.of(LOOKED_AFTER, BROKEN);
        }

        @Override
        public MeasureValue compute(String measureKey, LocalDate asAt) {
            throw new AssertionError("the scorecard asks for both dates at once");
        }

        @Override
        public List<MeasureValue> computeOn(String measureKey, List<LocalDate> dates) {
            asked.add(measureKey + " on " + dates);
            if (BROKEN.equals(measureKey)) {
                throw new IllegalStateException("the school census is not loaded");
            }
            return dates.stream().map(d -> new MeasureValue(measureKey, d,
                    new BigDecimal(d.isBefore(LocalDate.of(2025, 1, 1)) ? "400" : "431"), null, null,
                    new Provenance("social-care", "SSDA903 count on " + d, COMPUTED_AT))).toList();
        }
    }

    @BeforeAll
    static void start() {
        f = StrategyFixture.start("scorecard definitions and sources");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static StrategyDocument document(String id, String title) throws Exception {
        ObjectNode document = smallStrategy(id);
        document.put("title", title);
        document.set("measures", json("""
                [{"id": "cla", "title": "Children looked after", "outcome": "safe", "unit": "COUNT",
                  "polarity": "LOWER_IS_BETTER", "source": {"kind": "COMPUTED", "key": "%s"}},
                 {"id": "cla-again", "title": "Children looked after (the board's copy)", "outcome": "safe",
                  "unit": "COUNT", "polarity": "LOWER_IS_BETTER", "source": {"kind": "COMPUTED", "key": "%s"}},
                 {"id": "attendance", "title": "Attendance", "outcome": "achieving", "unit": "PERCENTAGE",
                  "polarity": "HIGHER_IS_BETTER", "source": {"kind": "COMPUTED", "key": "%s"}}]"""
                .formatted(LOOKED_AFTER, LOOKED_AFTER, BROKEN)));
        return JsonMapping.clients().treeToValue(document, StrategyDocument.class);
    }

    private static Map<String, StrategyScorecardView.Line> lines(StrategyScorecardView card) {
        return card.groups().stream().flatMap(g -> g.measures().stream())
                .collect(Collectors.toMap(StrategyScorecardView.Line::measureId, Function.identity()));
    }

    @Test
    void a_change_stored_through_another_instance_shows_on_the_next_scorecard() throws Exception {
        String id = freshId("definitions");
        StrategyScorecards one = f.context.strategyScorecards(List.of(new RecordingSource()));
        f.context.strategies().load(CALLER, document(id, "Room to grow"));
        assertEquals("Room to grow", one.scorecard(id, DATE, Grouping.OUTCOME).title());
        assertEquals("Room to grow", one.scorecard(id, DATE, Grouping.OUTCOME).title(), "read again, unchanged");

        // another instance (its own services, the same database) replaces the definitions
        long version = f.context.strategies().strategy(id).version();
        ObjectNode changed = (ObjectNode) JsonMapping.clients().valueToTree(document(id, "Room to grow, refreshed"));
        ((ObjectNode) changed.withArray("measures").get(0)).put("title", "Children in care");
        f.context.strategies().replace(CALLER, id, JsonMapping.clients().treeToValue(changed, StrategyDocument.class), version);

        var card = one.scorecard(id, DATE, Grouping.OUTCOME);
        assertEquals("Room to grow, refreshed", card.title(), "the kept definitions were read again after the change");
        assertEquals("Children in care", lines(card).get("cla").title());
        var pack = one.boardPack(id, "partnership-board", DATE);
        assertEquals("Room to grow, refreshed", pack.scorecard().title(), "the board pack reads the same definitions");
    }

    @Test
    void each_source_key_is_asked_once_for_the_date_and_a_year_earlier_and_a_failure_marks_only_its_measures()
            throws Exception {
        String id = freshId("sources");
        RecordingSource source = new RecordingSource();
        StrategyScorecards scorecards = f.context.strategyScorecards(List.of(source));
        f.context.strategies().load(CALLER, document(id, "Sources"));

        var lines = lines(scorecards.scorecard(id, DATE, Grouping.OUTCOME));

        assertEquals(Set.of(LOOKED_AFTER + " on " + List.of(DATE, DATE.minusYears(1)),
                BROKEN + " on " + List.of(DATE, DATE.minusYears(1))), Set.copyOf(source.asked));
        assertEquals(2, source.asked.size(), "two measures of one key make one call: " + source.asked);
        for (String measure : List.of("cla", "cla-again")) {
            var line = lines.get(measure);
            assertEquals(0, new BigDecimal("431").compareTo(line.latest().value()), measure);
            assertEquals(0, new BigDecimal("400").compareTo(line.previous().value()), measure);
            assertEquals(DATE, line.latest().asAt());
            assertEquals("SSDA903 count on " + DATE, line.provenance().definition(), "provenance of the value shown");
            assertEquals(COMPUTED_AT, line.provenance().computedAt());
            assertEquals("WORSENING", line.direction(), "431 now against 400 a year earlier, lower is better");
        }
        assertTrue(lines.get("attendance").dataQuality().contains("SOURCE_UNAVAILABLE"), lines.get("attendance").toString());
        assertEquals(null, lines.get("attendance").latest());
    }

    /** Persistent absence of no pupils (0 of 0) this year, and 3 of 40 a year earlier. */
    private static final class NobodyThisYear implements MeasureSource {
        static final String KEY = "education-skills.persistent-absence";

        @Override
        public Set<String> measureKeys() {
            return Set.of(KEY);
        }

        @Override
        public MeasureValue compute(String measureKey, LocalDate asAt) {
            boolean thisYear = !asAt.isBefore(LocalDate.of(2025, 1, 1));
            return new MeasureValue(measureKey, asAt, new BigDecimal(thisYear ? "0.0" : "7.5"), thisYear ? 0L : 3L,
                    thisYear ? 0L : 40L, new Provenance("education-skills", "persistent absence on " + asAt, COMPUTED_AT));
        }
    }

    @Test
    void a_percentage_of_nobody_is_no_value_flagged_nothing_to_count_not_zero() throws Exception {
        String id = freshId("nobody");
        ObjectNode document = smallStrategy(id);
        document.set("measures", json("""
                [{"id": "pa", "title": "Persistent absence", "outcome": "achieving", "unit": "PERCENTAGE",
                  "polarity": "LOWER_IS_BETTER", "source": {"kind": "COMPUTED", "key": "%s"}}]"""
                .formatted(NobodyThisYear.KEY)));
        f.context.strategies().load(CALLER, JsonMapping.clients().treeToValue(document, StrategyDocument.class));

        var line = lines(f.context.strategyScorecards(List.of(new NobodyThisYear())).scorecard(id, DATE, Grouping.OUTCOME))
                .get("pa");

        assertEquals(null, line.latest(), "0 % of no pupils would read as the best possible figure: " + line);
        assertEquals(List.of("NOTHING_TO_COUNT"), line.dataQuality());
        assertEquals("persistent absence on " + DATE, line.provenance().definition(), "still says what was computed");
        assertEquals("UNKNOWN", line.direction(), "no direction of travel without a value now");

        var lastYear = lines(f.context.strategyScorecards(List.of(new NobodyThisYear()))
                .scorecard(id, DATE.minusYears(1), Grouping.OUTCOME)).get("pa");
        assertEquals(0, new BigDecimal("7.5").compareTo(lastYear.latest().value()), "3 of 40 is a value: " + lastYear);
        assertEquals(List.of(), lastYear.dataQuality());
    }
}
