package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The children-looked-after count and rate on a hand-checked data set. On 31 March 2025:
 * <pre>
 * M1  C2 from 2024-01-15, open                     counted
 * M2  V2 from 2025-03-31 (starts on the date)       counted
 * M3  C2 from 2024-05-01, ended 2025-04-01 (E4A)    counted: still looked after at the end of the 31st
 * M4  C2 from 2024-05-01, ended 2025-03-31 (E4A)    not counted: ceased on the date
 * M5  V3 short breaks from 2024-06-01, open         not counted: short breaks are excluded
 * M6  C2 from 2025-04-10, open                      not counted: started after the date
 * M7  V3 to 2024-09-02 (X1), then C1 (RNE L), open counted: in care from 2 September
 * </pre>
 * So 4 children; for a population of 20,000 the rate is 4 x 10,000 / 20,000 = 2.0 per 10,000.
 */
class ChildrenLookedAfterMeasuresTest {
    private static final LocalDate DATE = of(2025, 3, 31);
    private static final LocalDate BORN = of(2011, 9, 1);
    private static SocialCareFixture f;
    private static MeasureSource measures;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("looked after measures", 20_000);
        measures = f.context.measureSources().getFirst();
        ChildrenLookedAfter lookedAfter = f.context.childrenLookedAfter();
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M1", BORN, of(2024, 1, 15)));
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M2", BORN, DATE, "V2", "K2"));
        var m3 = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M3", BORN, of(2024, 5, 1)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(m3.periodId(), of(2025, 4, 1), "E4A", 0));
        var m4 = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M4", BORN, of(2024, 5, 1)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(m4.periodId(), DATE, "E4A", 0));
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M5", BORN, of(2024, 6, 1), "V3", "U6"));
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M6", BORN, of(2025, 4, 10)));
        // Short breaks turn into care: a change of legal status only (RNE L), the V3 episode ending X1 the same day.
        var m7 = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("M7", BORN, of(2024, 4, 1), "V3", "U6"));
        lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(m7.periodId(), of(2024, 9, 2), "L", "C1", null,
                null, null, 0));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static MeasureValue count(LocalDate on) {
        return measures.compute(SocialCareMeasure.CHILDREN_LOOKED_AFTER.key(), on);
    }

    private static MeasureValue rate(MeasureSource source, LocalDate on) {
        return source.compute(SocialCareMeasure.CHILDREN_LOOKED_AFTER_RATE.key(), on);
    }

    @Test
    void publishes_both_keys() {
        assertEquals(Set.of("social-care.children-looked-after", "social-care.children-looked-after-rate"),
                measures.measureKeys());
    }

    @Test
    void counts_the_children_looked_after_at_the_end_of_the_date() {
        MeasureValue value = count(DATE);

        assertEquals(0, new BigDecimal("4").compareTo(value.value()), () -> "counted " + value.value());
        assertEquals(DATE, value.asAt());
        assertNull(value.numerator(), "a count has no numerator");
        assertNull(value.denominator());
    }

    @Test
    void the_count_moves_as_hand_worked_on_the_days_around() {
        // 30 March: M1, M3, M4, M7 (M2 not yet started)
        assertEquals(4, count(of(2025, 3, 30)).value().intValueExact());
        // 1 April: M1, M2, M7 (M3 ceased on the 1st, M4 on the 31st)
        assertEquals(3, count(of(2025, 4, 1)).value().intValueExact());
        // 1 September 2024: M1, M3, M4; M7 still on short breaks
        assertEquals(3, count(of(2024, 9, 1)).value().intValueExact());
        // 2 September 2024: M7's care episode starts
        assertEquals(4, count(of(2024, 9, 2)).value().intValueExact());
        // 10 April 2025: M1, M2, M6, M7
        assertEquals(4, count(of(2025, 4, 10)).value().intValueExact());
    }

    @Test
    void the_list_and_the_count_agree_with_the_domain_rule() {
        var lookedAfter = f.context.childrenLookedAfter();
        var periods = new JooqPeriodsOfCare(f.socialCareDb);
        for (LocalDate on : new LocalDate[] {of(2024, 9, 1), of(2024, 9, 2), of(2025, 3, 30), DATE, of(2025, 4, 1)}) {
            var listed = lookedAfter.lookedAfterOn(SOCIAL_WORKER, on);
            assertEquals(listed.size(), count(on).value().intValueExact(), on.toString());
            f.socialCareDb.run(() -> periods.lookedAfter(LookedAfterOn.theDay(on)).forEach(p ->
                    assertTrue(p.countsAsLookedAfterOn(on), p.id() + " listed by SQL but not by the domain on " + on)));
        }
        assertEquals(Set.of("M1", "M2", "M3", "M7"), Set.copyOf(lookedAfter.lookedAfterOn(SOCIAL_WORKER, DATE).stream()
                .map(v -> v.localChildId()).toList()));
    }

    @Test
    void the_rate_is_per_10000_children_rounded_to_one_decimal_place() {
        MeasureValue value = rate(measures, DATE);

        assertEquals(new BigDecimal("2.0"), value.value());
        assertEquals(4L, value.numerator());
        assertEquals(20_000L, value.denominator());
    }

    @Test
    void the_rate_rounds_half_up() {
        // 4 x 10,000 / 32,000 = 1.25 -> 1.3 (half even would give 1.2); 4 x 10,000 / 30,000 = 1.333 -> 1.3
        assertEquals(new BigDecimal("1.3"), rate(sourceFor(32_000), DATE).value());
        assertEquals(new BigDecimal("1.3"), rate(sourceFor(30_000), DATE).value());
        assertEquals(new BigDecimal("4.0"), rate(sourceFor(10_000), DATE).value());
    }

    @Test
    void provenance_names_social_care_the_definition_and_when() {
        MeasureValue count = count(DATE);
        assertEquals("social-care", count.provenance().context());
        assertTrue(count.provenance().definition().contains("SSDA903"));
        assertTrue(count.provenance().definition().contains("V3"));
        assertEquals(SocialCareFixture.CLOCK.instant(), count.provenance().computedAt());

        MeasureValue rate = rate(measures, DATE);
        assertEquals("social-care", rate.provenance().context());
        assertTrue(rate.provenance().definition().contains("per 10,000"));
        assertTrue(rate.provenance().definition().contains("20000"));
    }

    @Test
    void computing_reads_no_childs_record_so_audits_nothing() {
        long audit = f.auditRows();
        count(DATE);
        rate(measures, DATE);
        assertEquals(audit, f.auditRows());
    }

    @Test
    void an_unknown_key_is_not_found_and_a_population_must_be_positive() {
        assertThrows(NotFound.class, () -> measures.compute("social-care.something-else", DATE));
        assertThrows(IllegalArgumentException.class, () -> sourceFor(0));
    }

    private static MeasureSource sourceFor(long population) {
        return new ChildrenLookedAfterMeasures(f.socialCareDb, new JooqPeriodsOfCare(f.socialCareDb), population,
                SocialCareFixture.CLOCK);
    }
}
