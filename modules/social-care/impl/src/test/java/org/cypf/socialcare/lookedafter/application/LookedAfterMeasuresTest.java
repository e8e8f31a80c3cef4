package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.cypf.socialcare.api.measure.SocialCareMeasure.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The looked-after measures on a hand-checked data set, at the end of 31 March 2025 (the 12 months to it: 1 April
 * 2024 to 31 March 2025). Children born 1 September 2011 (13) unless said; provider PR1 unless said.
 * <pre>
 * K1  S 2024-05-01 U6                                                     in-house fostering; 1 placement
 *     missing M 2024-06-10..11, A 2024-07-01 (away: not counted), M 2025-03-31 open
 * K2  S 2024-01-10 U6; P 2024-06-01 U4 PR4; P 2024-10-01 K2 PR4; P 2025-02-01 U5 PR4
 *                                                                         agency fostering; 4 placements (U6 open 1 April)
 *     missing M 2024-03-30..2024-04-02 (began before the 12 months: not counted)
 * K3  S 2024-04-15 U3                                                     kinship; 1
 * K4  S 2024-06-01 K2; P 2024-08-01 U6; P 2025-01-01 K2                   in-house residential; 3 placements
 * K5  S 2022-01-01 U6; P 2024-05-01 K2 PR4; L 2024-09-01 C1               independent residential; 2 (L is no placement)
 * K6  S 2024-11-01 U6; P 2025-01-15 P1 PR0                                placed with parents; 2
 * K7  S 2024-08-01 U6; P 2024-12-01 K3 PR4                                other (supported accommodation); 2
 *     missing M 2024-09-05..06
 * K8  S 2024-04-01 V3 U6                                                  short breaks: never counted
 * K9  S 2024-07-01; ceased 2025-03-31 E4A                                 not looked after at the end of the date
 * K10 S 2024-04-20; ceased 2024-12-20 E4B
 * K11 S 2022-05-01; L 2023-06-01 E1; P 2024-06-03 A6; ceased 2025-01-10 E11
 * K12 S 2024-02-01 U1; ceased 2024-10-10 E45
 * K13 S 2021-06-01 U4; L 2023-02-01 C1                                    in-house fostering; same carer since 2021-06-01
 * K14 S 2022-01-01 U6; P 2023-09-01 U6 PR5                                agency fostering; same carer since 2023-09-01
 * K15 born 2008-01-01 (17); S 2020-03-01 U4                               in-house fostering; too old for long-term stability
 * </pre>
 * Looked after at the end of 31 March 2025: K1-K7, K13-K15 = 10.
 */
class LookedAfterMeasuresTest {
    private static final LocalDate DATE = of(2025, 3, 31);
    private static final LocalDate BORN = of(2011, 9, 1);
    private static SocialCareFixture f;
    private static ChildrenLookedAfter lookedAfter;

    @BeforeAll
    static void seed() {
        f = SocialCareFixture.start("looked after measures c", 20_000);
        lookedAfter = f.context.childrenLookedAfter();
        var k1 = start("K1", BORN, of(2024, 5, 1), "U6");
        var k2 = move(move(move(start("K2", BORN, of(2024, 1, 10), "U6"), of(2024, 6, 1), "U4", "PR4"),
                of(2024, 10, 1), "K2", "PR4"), of(2025, 2, 1), "U5", "PR4");
        start("K3", BORN, of(2024, 4, 15), "U3");
        move(move(start("K4", BORN, of(2024, 6, 1), "K2"), of(2024, 8, 1), "U6", "PR1"), of(2025, 1, 1), "K2", "PR1");
        legal(move(start("K5", BORN, of(2022, 1, 1), "U6"), of(2024, 5, 1), "K2", "PR4"), of(2024, 9, 1), "C1");
        move(start("K6", BORN, of(2024, 11, 1), "U6"), of(2025, 1, 15), "P1", "PR0");
        var k7 = move(start("K7", BORN, of(2024, 8, 1), "U6"), of(2024, 12, 1), "K3", "PR4");
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("K8", BORN, of(2024, 4, 1), "V3", "U6"));
        end(start("K9", BORN, of(2024, 7, 1), "U6"), DATE, "E4A");
        end(start("K10", BORN, of(2024, 4, 20), "U6"), of(2024, 12, 20), "E4B");
        var k11 = legal(start("K11", BORN, of(2022, 5, 1), "U6"), of(2023, 6, 1), "E1");
        end(move(k11, of(2024, 6, 3), "A6", "PR1"), of(2025, 1, 10), "E11");
        end(start("K12", BORN, of(2024, 2, 1), "U1"), of(2024, 10, 10), "E45");
        legal(start("K13", BORN, of(2021, 6, 1), "U4"), of(2023, 2, 1), "C1");
        move(start("K14", BORN, of(2022, 1, 1), "U6"), of(2023, 9, 1), "U6", "PR5");
        start("K15", of(2008, 1, 1), of(2020, 3, 1), "U4");

        var missing = f.context.missingFromCare();
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(k1.childId(), "M", of(2024, 6, 10), of(2024, 6, 11)));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(k1.childId(), "A", of(2024, 7, 1), of(2024, 7, 1)));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(k1.childId(), "M", DATE, null));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(k2.childId(), "M", of(2024, 3, 30), of(2024, 4, 2)));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(k7.childId(), "M", of(2024, 9, 5), of(2024, 9, 6)));

        // Care leavers and their OC3 records (periods ended before the 12 months, so they touch no measure above):
        //   L1 born 2005-06-01: 19th birthday 2024-06-01 in the 12 months: YES, F5 (EET), U1 (suitable)
        //   L2 born 2004-10-01: 20th birthday 2024-10-01 in them:           YES, G5 (NEET), U1 (suitable)
        //   L3 born 2003-12-01: 21st birthday 2024-12-01 in them:           NO (not in touch: neither)
        //   L4 born 2006-08-01: 18th birthday 2024-08-01: under 19, not counted
        //   L5 born 2004-03-01: 20th birthday 2024-03-01: before the 12 months, not counted
        // EET 1 of 3 = 33.3 %; suitable accommodation 2 of 3 = 66.7 %.
        oc3(careLeaver("L1", of(2005, 6, 1), of(2019, 9, 1), of(2023, 6, 1)), 19, "YES", "F5", "U1");
        oc3(careLeaver("L2", of(2004, 10, 1), of(2018, 9, 1), of(2022, 10, 1)), 20, "YES", "G5", "U1");
        oc3(careLeaver("L3", of(2003, 12, 1), of(2017, 9, 1), of(2021, 12, 1)), 21, "NO", null, null);
        oc3(careLeaver("L4", of(2006, 8, 1), of(2020, 9, 1), of(2023, 1, 1)), 18, "YES", "F1", "D1");
        oc3(careLeaver("L5", of(2004, 3, 1), of(2018, 9, 1), of(2022, 3, 1)), 20, "YES", "F1", "U1");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static PeriodOfCareView start(String ref, LocalDate born, LocalDate on, String place) {
        return lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand(ref, born, on, "C2", place));
    }

    static PeriodOfCareView move(PeriodOfCareView p, LocalDate on, String place, String provider) {
        return lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(), on, "P", null, null,
                new Placement(place, provider, null, null), "CARPL", p.version()));
    }

    static PeriodOfCareView legal(PeriodOfCareView p, LocalDate on, String legalStatus) {
        return lookedAfter.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(), on, "L", legalStatus, null,
                null, null, p.version()));
    }

    static PeriodOfCareView end(PeriodOfCareView p, LocalDate on, String reason) {
        return lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(p.periodId(), on, reason, p.version()));
    }

    private static String careLeaver(String ref, LocalDate born, LocalDate from, LocalDate to) {
        return end(start(ref, born, from, "U6"), to, "E8").childId();
    }

    private static void oc3(String childId, int age, String inTouch, String activity, String accommodation) {
        long version = f.context.careLeavers().careLeaver(SOCIAL_WORKER, childId).version();
        f.context.careLeavers().recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(childId, age, inTouch, activity,
                accommodation, version));
    }

    private static MeasureValue measure(SocialCareMeasure m) {
        MeasureSource source = f.context.measureSources().stream().filter(s -> s.measureKeys().contains(m.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no source computes " + m.key()));
        return source.compute(m.key(), DATE);
    }

    private static void assertMeasure(SocialCareMeasure m, String value, Long numerator, Long denominator) {
        MeasureValue v = measure(m);
        assertEquals(new BigDecimal(value), v.value(), m.key());
        assertEquals(numerator, v.numerator(), m.key() + " numerator");
        assertEquals(denominator, v.denominator(), m.key() + " denominator");
        assertEquals("social-care", v.provenance().context());
        assertTrue(v.provenance().definition().length() > 20, "each value says how it was computed");
    }

    @Test
    void every_new_key_is_computed_by_exactly_one_source() {
        var keys = f.context.measureSources().stream().flatMap(s -> s.measureKeys().stream()).toList();
        assertEquals(keys.size(), Set.copyOf(keys).size(), "no key is computed twice");
        Set<String> ours = Set.of(SocialCareMeasure.values()).stream().map(SocialCareMeasure::key).collect(Collectors.toSet());
        assertTrue(keys.containsAll(ours), "every SocialCareMeasure has a source");
    }

    @Test
    void the_children_looked_after_split_by_kind_of_placement_and_add_up_to_100() {
        // In-house fostering K1, K13, K15: 3 of 10; agency K2, K14: 2; kinship K3; in-house residential K4;
        // independent residential K5; with parents K6; other K7 (K3 supported accommodation): 1 each.
        assertMeasure(PLACEMENT_IN_HOUSE_FOSTERING, "30.0", 3L, 10L);
        assertMeasure(PLACEMENT_AGENCY_FOSTERING, "20.0", 2L, 10L);
        assertMeasure(PLACEMENT_KINSHIP, "10.0", 1L, 10L);
        assertMeasure(PLACEMENT_IN_HOUSE_RESIDENTIAL, "10.0", 1L, 10L);
        assertMeasure(PLACEMENT_INDEPENDENT_RESIDENTIAL, "10.0", 1L, 10L);
        assertMeasure(PLACEMENT_WITH_PARENTS, "10.0", 1L, 10L);
        assertMeasure(PLACEMENT_OTHER, "10.0", 1L, 10L);
        assertEquals(10, measure(CHILDREN_LOOKED_AFTER).value().intValueExact(), "the same children as the count");
    }

    @Test
    void three_or_more_placements_in_the_12_months() {
        // K2 (4: U6 open on 1 April, U4, K2, U5) and K4 (3: K2, U6, K2) of the 10.
        assertMeasure(PLACEMENT_STABILITY_THREE_OR_MORE, "20.0", 2L, 10L);
    }

    @Test
    void long_term_stability_of_under_16s_looked_after_two_and_a_half_years() {
        // In care since 30 September 2022 or before, under 16: K5, K13, K14 (K15 is 17). With the same carer since
        // 31 March 2023 or before: K13 only (K5 moved 2024-05-01, K14 2023-09-01). 1 of 3 = 33.3 %.
        assertMeasure(PLACEMENT_STABILITY_LONG_TERM, "33.3", 1L, 3L);
    }

    @Test
    void missing_episodes_and_children_who_went_missing() {
        // M episodes begun 1 April 2024 to 31 March 2025: K1 x2 (10 June, 31 March), K7 = 3 (K1's A and K2's M of
        // 30 March 2024 are not counted).
        assertMeasure(MISSING_EPISODES, "3", null, null);
        // Looked after on a day of the 12 months (short breaks excluded): K1-K7, K9-K15 = 14; K1 and K7 went missing:
        // 2 x 100 / 14 = 14.29 -> 14.3.
        assertMeasure(CHILDREN_WHO_WENT_MISSING, "14.3", 2L, 14L);
    }

    @Test
    void children_who_ceased_to_be_looked_after_by_returning_home() {
        // Ceased in the 12 months: K9 (E4A), K10 (E4B), K11 (E11), K12 (E45): home 2 of 4.
        assertMeasure(CEASED_RETURNED_HOME, "50.0", 2L, 4L);
    }

    @Test
    void days_from_entering_care_to_a_permanent_home() {
        // K9 2024-07-01 to 2025-03-31 returned home: 273; K10 2024-04-20 to 2024-12-20: 244;
        // K11 2022-05-01 to its A6 placement 2024-06-03: 365 + 366 + 33 = 764; K12 2024-02-01 to its SGO 2024-10-10: 252.
        // (1533 days) / 4 = 383.25 -> 383.3.
        assertMeasure(AVERAGE_DAYS_TO_PERMANENT_HOME, "383.3", 1533L, 4L);
    }

    @Test
    void care_leavers_aged_19_to_21_in_education_employment_or_training_and_suitably_accommodated() {
        assertMeasure(CARE_LEAVERS_IN_EET, "33.3", 1L, 3L);
        assertMeasure(CARE_LEAVERS_IN_SUITABLE_ACCOMMODATION, "66.7", 2L, 3L);
    }

    @Test
    void a_date_with_nothing_to_count_gives_zero_of_zero() {
        MeasureSource source = f.context.measureSources().stream()
                .filter(s -> s.measureKeys().contains(PLACEMENT_KINSHIP.key())).findFirst().orElseThrow();
        MeasureValue empty = source.compute(PLACEMENT_KINSHIP.key(), of(2010, 1, 1));
        assertEquals(new BigDecimal("0.0"), empty.value());
        assertEquals(0L, empty.denominator());
        assertNull(measure(MISSING_EPISODES).numerator());
    }
}
