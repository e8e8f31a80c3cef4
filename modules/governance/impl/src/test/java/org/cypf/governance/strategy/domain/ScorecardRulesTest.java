package org.cypf.governance.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a scorecard judges by, as docs/strategies/README.md states them for boards. */
class ScorecardRulesTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static MeasureValue value(String date, String value, boolean provisional) {
        return new MeasureValue(LocalDate.parse(date), d(value), provisional);
    }

    @ParameterizedTest(name = "{0}: {1} against {2} is {3}")
    @CsvSource({
            // higher is better: at or above the comparator is green; up to 5 % of it below is amber
            "HIGHER_IS_BETTER, 70,    70, GREEN",
            "HIGHER_IS_BETTER, 80,    70, GREEN",
            "HIGHER_IS_BETTER, 66.5,  70, AMBER",
            "HIGHER_IS_BETTER, 69.99, 70, AMBER",
            "HIGHER_IS_BETTER, 66.49, 70, RED",
            "HIGHER_IS_BETTER, 0,     70, RED",
            // lower is better: at or below is green; up to 5 % of it above is amber
            "LOWER_IS_BETTER,  400,  400, GREEN",
            "LOWER_IS_BETTER,  300,  400, GREEN",
            "LOWER_IS_BETTER,  420,  400, AMBER",
            "LOWER_IS_BETTER,  420.01, 400, RED",
            "LOWER_IS_BETTER,  425,  400, RED",
            // neither direction is better: no colour
            "NEITHER,          425,  400, NONE",
            "NEITHER,          400,  400, NONE",
    })
    void rag_around_the_comparator_with_five_percent_amber(Polarity polarity, String value, String comparator, Rag rag) {
        assertEquals(rag, ScorecardRules.rag(polarity, d(value), d(comparator)));
    }

    @Test
    void rag_is_none_without_a_value_or_a_comparator() {
        assertEquals(Rag.NONE, ScorecardRules.rag(Polarity.HIGHER_IS_BETTER, null, d("70")));
        assertEquals(Rag.NONE, ScorecardRules.rag(Polarity.HIGHER_IS_BETTER, d("70"), null));
        assertEquals(Rag.NONE, ScorecardRules.rag(Polarity.LOWER_IS_BETTER, d("70"), null));
    }

    @Test
    void amber_tolerance_is_a_share_of_the_comparator_even_when_it_is_zero_or_negative() {
        // a zero target leaves no tolerance: any shortfall is red
        assertEquals(Rag.GREEN, ScorecardRules.rag(Polarity.LOWER_IS_BETTER, d("0"), d("0")));
        assertEquals(Rag.RED, ScorecardRules.rag(Polarity.LOWER_IS_BETTER, d("0.01"), d("0")));
        // a negative score (e.g. Progress 8) is measured by its size
        assertEquals(Rag.AMBER, ScorecardRules.rag(Polarity.HIGHER_IS_BETTER, d("-0.21"), d("-0.20")));
        assertEquals(Rag.RED, ScorecardRules.rag(Polarity.HIGHER_IS_BETTER, d("-0.22"), d("-0.20")));
    }

    @ParameterizedTest(name = "{0}: {1} then {2} is {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 60, 64, IMPROVING",
            "HIGHER_IS_BETTER, 64, 60, WORSENING",
            "HIGHER_IS_BETTER, 64, 64.0, NO_CHANGE",
            "LOWER_IS_BETTER,  440, 431, IMPROVING",
            "LOWER_IS_BETTER,  431, 440, WORSENING",
            "LOWER_IS_BETTER,  431, 431, NO_CHANGE",
            "NEITHER,          431, 440, INCREASING",
            "NEITHER,          440, 431, DECREASING",
    })
    void direction_of_travel_is_judged_by_polarity(Polarity polarity, String previous, String latest, Direction direction) {
        assertEquals(direction, ScorecardRules.direction(polarity, value("2024-03-31", previous, false),
                value("2025-03-31", latest, false)));
    }

    @Test
    void direction_is_unknown_without_two_values() {
        assertEquals(Direction.UNKNOWN, ScorecardRules.direction(Polarity.HIGHER_IS_BETTER, null, value("2025-03-31", "1", false)));
        assertEquals(Direction.UNKNOWN, ScorecardRules.direction(Polarity.HIGHER_IS_BETTER, value("2025-03-31", "1", false), null));
    }

    @ParameterizedTest(name = "{0}: a value of {1} is stale on {2}: {3}")
    @CsvSource({
            "MONTHLY,   2025-03-31, 2025-05-31, false",
            "MONTHLY,   2025-03-31, 2025-06-01, true",
            "QUARTERLY, 2025-03-31, 2025-09-30, false",
            "QUARTERLY, 2025-03-31, 2025-10-01, true",
            "TERMLY,    2025-03-31, 2025-09-30, false",
            "TERMLY,    2025-03-31, 2025-10-01, true",
            "ANNUAL,    2024-03-31, 2025-09-30, false",
            "ANNUAL,    2024-03-31, 2025-10-01, true",
            "AD_HOC,    2015-03-31, 2025-10-01, false",
    })
    void stale_by_frequency(Frequency frequency, String valueDate, String asAt, boolean stale) {
        Set<DataQuality> flags = ScorecardRules.dataQuality(value(valueDate, "1", false), frequency, LocalDate.parse(asAt));
        assertEquals(stale ? Set.of(DataQuality.STALE) : Set.of(), flags);
    }

    @Test
    void data_quality_flags_missing_provisional_and_both_stale_and_provisional() {
        LocalDate asAt = LocalDate.parse("2025-10-01");
        assertEquals(Set.of(DataQuality.MISSING), ScorecardRules.dataQuality(null, Frequency.ANNUAL, asAt));
        assertEquals(Set.of(DataQuality.PROVISIONAL), ScorecardRules.dataQuality(value("2025-09-30", "1", true), Frequency.ANNUAL, asAt));
        assertEquals(Set.of(DataQuality.STALE, DataQuality.PROVISIONAL),
                ScorecardRules.dataQuality(value("2025-03-31", "1", true), Frequency.QUARTERLY, asAt));
        assertEquals(Set.of(), ScorecardRules.dataQuality(value("2015-03-31", "1", false), null, asAt), "no frequency, never stale");
    }

    @ParameterizedTest(name = "{0} x {1} is {2}")
    @CsvSource({
            "5, 5, RED", "4, 4, RED", "3, 5, RED", "5, 3, RED",
            "2, 5, AMBER", "3, 4, AMBER", "4, 2, AMBER", "2, 4, AMBER",
            "1, 4, GREEN", "2, 3, GREEN", "1, 5, GREEN", "1, 1, GREEN",
    })
    void risk_rating_red_from_15_amber_from_8(int likelihood, int impact, Rag rating) {
        assertEquals(rating, ScorecardRules.riskRating(likelihood, impact));
    }

    @ParameterizedTest(name = "strategy starting {0}: {1} is year {2}")
    @CsvSource({
            "2024-04-01, 2024-03-31, 0",
            "2024-04-01, 2024-04-01, 1",
            "2024-04-01, 2025-03-31, 1",
            "2024-04-01, 2025-04-01, 2",
            "2024-04-01, 2026-03-31, 2",
            "2024-04-01, 2026-04-01, 3",
            "2024-04-01, 2029-03-31, 5",
            "2024-04-01, 2029-04-01, 6",
    })
    void strategy_year_counts_the_year_starting_on_the_start_date_as_year_one(String start, String asAt, int year) {
        assertEquals(year, ScorecardRules.strategyYear(LocalDate.parse(start), LocalDate.parse(asAt)));
    }
}
