package org.cypf.web.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.strategy.StrategyScorecardView;
import org.junit.jupiter.api.Test;

/** What a card says of a measure's target and RAG, including the seed plans' measures that have no target. */
class ScorecardReadingTest {

    private static final StrategyScorecardView.Value VALUE = new StrategyScorecardView.Value(new BigDecimal("91.5"),
            LocalDate.of(2025, 3, 31), null, null, null, null, null, null, null);

    private static StrategyScorecardView.Line line(String rag, StrategyScorecardView.TargetView target,
                                                   StrategyScorecardView.Value latest) {
        return new StrategyScorecardView.Line("m1", "A measure", "PERCENTAGE", "HIGHER_IS_BETTER", "ANNUAL", latest,
                null, List.of(), null, null, target, List.of(), "UNKNOWN", rag, List.of(), null, null, null, null,
                null, List.of(), null);
    }

    private static StrategyScorecardView.TargetView target(String value, String low, String high, Integer year,
                                                           LocalDate by) {
        return new StrategyScorecardView.TargetView(value == null ? null : new BigDecimal(value), null, by, year,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), null, "YEAR", null);
    }

    @Test
    void a_measure_without_a_target_says_so_and_why_it_is_not_rated() {
        var watched = line("NONE", null, VALUE);
        assertEquals("No target set", ScorecardReading.targetText(watched));
        assertEquals("Not rated: no target set", ScorecardReading.ragText(watched));
        var empty = line("NONE", target("92", null, null, 2, null), null);
        assertEquals("Not rated: no value yet", ScorecardReading.ragText(empty));
        assertEquals("92% (year 2 of the plan)", ScorecardReading.targetText(empty));
    }

    @Test
    void a_target_range_or_a_date_is_said_in_words_and_a_rated_measure_keeps_its_rag_text() {
        assertEquals("12% to 14%", ScorecardReading.targetText(line("RED", target(null, "12", "14", null, null), VALUE)));
        assertEquals("at least 90%", ScorecardReading.targetText(line("GREEN", target(null, "90", null, null, null), VALUE)));
        assertEquals("95% by 31 March 2027", ScorecardReading.targetText(line("AMBER",
                target("95", null, null, null, LocalDate.of(2027, 3, 31)), VALUE)));
        assertEquals("Red: off track", ScorecardReading.ragText(line("RED", target("95", null, null, 1, null), VALUE)));
        assertEquals("Green: on track", ScorecardReading.ragText(line("GREEN", target("95", null, null, 1, null), VALUE)));
    }
}
