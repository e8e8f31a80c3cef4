package org.cypf.governance.scorecard.application;

import static java.time.LocalDate.of;
import static org.cypf.governance.FakeMeasureSource.CLA_COUNT_KEY;
import static org.cypf.governance.FakeMeasureSource.CLA_RATE_KEY;
import static org.cypf.governance.FakeMeasureSource.PROVENANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.governance.FakeMeasureSource;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.scorecard.ScorecardLine;
import org.cypf.governance.api.scorecard.ScorecardView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorecard over governance's measure catalogue (seeded by its migration) and the contexts' measure sources. */
class ScorecardServiceTest {
    private static final LocalDate DATE = of(2025, 3, 31);
    private static GovernanceFixture f;

    @BeforeAll
    static void start() {
        f = GovernanceFixture.start("scorecard");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static ScorecardLine line(ScorecardView card, String measureId) {
        return card.measures().stream().filter(l -> l.measureId().equals(measureId)).findFirst()
                .orElseThrow(() -> new AssertionError(measureId + " is not on the scorecard"));
    }

    @Test
    void lists_the_seeded_measures_with_the_sources_values_and_provenance() {
        var source = FakeMeasureSource.socialCare();
        ScorecardView card = f.context.scorecards(List.of(source)).scorecard(DATE);

        assertEquals(DATE, card.asAt());
        ScorecardLine count = line(card, "CLA-COUNT");
        assertEquals("Children looked after", count.title());
        assertEquals("COUNT", count.unit());
        assertEquals("NEITHER", count.polarity());
        assertEquals("Safe", count.outcome());
        assertEquals(new BigDecimal("431"), count.value());
        assertNull(count.numerator());
        assertEquals(PROVENANCE, count.provenance());
        assertEquals(List.of(), count.dataQuality());

        ScorecardLine rate = line(card, "CLA-RATE");
        assertEquals("RATE_PER_10000", rate.unit());
        assertEquals(new BigDecimal("64.3"), rate.value());
        assertEquals(431L, rate.numerator());
        assertEquals(67_000L, rate.denominator());
        assertEquals(PROVENANCE, rate.provenance());

        assertEquals(Set.of(new FakeMeasureSource.Asked(CLA_COUNT_KEY, DATE), new FakeMeasureSource.Asked(CLA_RATE_KEY, DATE)),
                Set.copyOf(source.asked()), "each measure is asked of its source, for the scorecard's date");
    }

    @Test
    void lines_come_in_measure_id_order() {
        List<String> ids = f.context.scorecards(List.of()).scorecard(DATE).measures().stream()
                .map(ScorecardLine::measureId).toList();
        assertTrue(ids.containsAll(List.of("CLA-COUNT", "CLA-RATE")), ids::toString);
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void a_source_that_fails_marks_its_line_and_the_card_still_comes() {
        MeasureSource broken = new MeasureSource() {
            @Override
            public Set<String> measureKeys() {
                return Set.of(CLA_COUNT_KEY);
            }

            @Override
            public MeasureValue compute(String measureKey, LocalDate asAt) {
                throw new IllegalStateException("social care's database is down");
            }
        };
        var rateOnly = new FakeMeasureSource(Map.of(CLA_RATE_KEY, new FakeMeasureSource.Answer(new BigDecimal("64.3"), 431L, 67_000L)));

        ScorecardView card = f.context.scorecards(List.of(broken, rateOnly)).scorecard(DATE);

        ScorecardLine count = line(card, "CLA-COUNT");
        assertEquals(List.of("SOURCE_UNAVAILABLE"), count.dataQuality());
        assertNull(count.value());
        assertNull(count.provenance());
        assertEquals("Children looked after", count.title(), "the line still says what it measures");
        assertEquals(new BigDecimal("64.3"), line(card, "CLA-RATE").value(), "other lines are unaffected");
    }

    @Test
    void counts_below_the_threshold_are_suppressed_naming_the_rule_and_at_or_above_it_are_shown() {
        for (long n : new long[] {4, 5, 6, 0}) {
            var source = new FakeMeasureSource(Map.of(CLA_COUNT_KEY, new FakeMeasureSource.Answer(BigDecimal.valueOf(n), null, null),
                    CLA_RATE_KEY, new FakeMeasureSource.Answer(new BigDecimal("0.6"), n, 67_000L)));
            ScorecardView card = f.context.scorecards(List.of(source)).scorecard(DATE);
            ScorecardLine count = line(card, "CLA-COUNT");
            ScorecardLine rate = line(card, "CLA-RATE");
            if (n == 4) {
                assertNull(count.value(), "4 children is below the threshold of 5");
                assertEquals(List.of("SUPPRESSED-SMALL-NUMBER"), count.dataQuality());
                assertNull(rate.value(), "a rate whose numerator is 4 could be worked back");
                assertNull(rate.numerator());
                assertEquals(List.of("SUPPRESSED-SMALL-NUMBER"), rate.dataQuality());
            } else {
                assertEquals(BigDecimal.valueOf(n), count.value(), n + " is shown");
                assertEquals(List.of(), count.dataQuality());
                assertEquals(n, rate.numerator());
            }
        }
    }

    @Test
    void a_computed_measure_with_no_source_is_flagged_NO_SOURCE() {
        ScorecardView card = f.context.scorecards(List.of()).scorecard(DATE);
        for (String id : List.of("CLA-COUNT", "CLA-RATE")) {
            ScorecardLine l = line(card, id);
            assertEquals(List.of("NO_SOURCE"), l.dataQuality(), id);
            assertNull(l.value(), id);
        }
    }

    @Test
    void a_submitted_measure_without_a_value_is_flagged_MISSING() {
        f.admin.execute("""
                insert into governance.measure (measure_id, title, unit, polarity, outcome, source, computed_by, definition)
                values ('ZZ-SUBMITTED', 'Care leavers in touch', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'Prepared',
                        'SUBMITTED', null, 'Submitted by the leaving care service')""");
        ScorecardLine l = line(f.context.scorecards(List.of(FakeMeasureSource.socialCare())).scorecard(DATE), "ZZ-SUBMITTED");
        assertEquals(List.of("MISSING"), l.dataQuality());
        assertNull(l.value());
        assertEquals("HIGHER_IS_BETTER", l.polarity());
    }

    @Test
    void two_sources_may_not_compute_the_same_key() {
        var e = assertThrows(IllegalArgumentException.class, () -> f.context.scorecards(
                List.of(FakeMeasureSource.socialCare(), FakeMeasureSource.socialCare())));
        assertTrue(e.getMessage().contains("social-care.children-looked-after"));
    }
}
