package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.cypf.socialcare.api.measure.SocialCareMeasure.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.PermanenceView;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two children walked through care with the use cases, and the measures checked on what they leave behind.
 * <pre>
 * Ada (born 2020-03-15), to adoption:
 *   2023-04-03 S  C1 U6 PR1   enters care, first placement (in-house foster carers)
 *   2023-07-03 L  C2          full care order
 *   2023-10-02                plan for permanence: adoption
 *   2023-11-06 P  U5 PR4      second placement: fostering for adoption with agency carers
 *   2023-12-04                decision that she should be placed for adoption
 *   2024-03-04 L  E1          placement order
 *   2024-05-13                matched with her carers
 *   2024-06-03 T  A5 PR4      placed for adoption with her foster carers (same carer)
 *   2025-01-20 E11            adopted
 * Ben (born 2014-09-01), home:
 *   2024-05-06 S  V2 U6 PR1   accommodated, first placement
 *   2024-06-03                plan for permanence: reunification
 *   2024-07-01..02            missing
 *   2024-08-05 P  U3 PR1      second placement: his aunt (kinship)
 *   2025-02-10 E4A            returns home as planned
 * </pre>
 */
class ChildJourneyThroughCareTest {
    private static SocialCareFixture f;
    private static ChildrenLookedAfter la;
    private static PeriodOfCareView ada;
    private static PeriodOfCareView ben;

    @BeforeAll
    static void walk() {
        f = SocialCareFixture.start("journey through care", 20_000);
        la = f.context.childrenLookedAfter();
        var permanence = f.context.permanence();

        ada = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("ADA", of(2020, 3, 15), of(2023, 4, 3), "C1", "U6"));
        la.recordReview(SOCIAL_WORKER, new RecordReview(ada.periodId(), of(2023, 4, 28), "PN0"));
        ada = change(ada, of(2023, 7, 3), "L", "C2", null, null, null);
        permanence.decidePlan(SOCIAL_WORKER, new DecidePermanencePlan(ada.periodId(), of(2023, 10, 2), "ADOPTION", 0));
        ada = change(ada, of(2023, 11, 6), "P", null, "U5", "PR4", "CARPL");
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(ada.periodId(), of(2023, 12, 4), null, null, null,
                null, null, null, null, 1));
        ada = change(ada, of(2024, 3, 4), "L", "E1", null, null, null);
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(ada.periodId(), of(2023, 12, 4), of(2024, 5, 13),
                true, 2, "MF", "L11", null, null, 2));
        ada = change(ada, of(2024, 6, 3), "T", null, "A5", "PR4", "PLACE");
        ada = la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(ada.periodId(), of(2025, 1, 20), "E11", ada.version()));

        ben = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("BEN", of(2014, 9, 1), of(2024, 5, 6), "V2", "U6"));
        permanence.decidePlan(SOCIAL_WORKER, new DecidePermanencePlan(ben.periodId(), of(2024, 6, 3), "REUNIFICATION", 0));
        f.context.missingFromCare().recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(ben.childId(), "M",
                of(2024, 7, 1), of(2024, 7, 2)));
        ben = change(ben, of(2024, 8, 5), "P", null, "U3", "PR1", "CARPL");
        ben = la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(ben.periodId(), of(2025, 2, 10), "E4A", ben.version()));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PeriodOfCareView change(PeriodOfCareView p, LocalDate on, String rne, String legalStatus,
                                           String place, String provider, String reason) {
        return la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(), on, rne, legalStatus, null,
                place == null ? null : new Placement(place, provider, null, null), reason, p.version()));
    }

    private static MeasureValue measure(SocialCareMeasure m, LocalDate on) {
        return f.context.measureSources().stream().filter(s -> s.measureKeys().contains(m.key())).findFirst()
                .orElseThrow().compute(m.key(), on);
    }

    private static void assertMeasure(SocialCareMeasure m, LocalDate on, String value, Long numerator, Long denominator) {
        MeasureValue v = measure(m, on);
        assertEquals(new BigDecimal(value), v.value(), m.key() + " on " + on);
        assertEquals(numerator, v.numerator(), m.key());
        assertEquals(denominator, v.denominator(), m.key());
    }

    @Test
    void their_records_tell_the_story() {
        assertEquals(List.of("S", "L", "P", "L", "T"), ada.episodes().stream().map(PeriodOfCareView.EpisodeView::reasonForNewEpisode).toList());
        assertEquals("E11", ada.reasonCeased());
        PermanenceView adoption = f.context.permanence().permanence(SOCIAL_WORKER, ada.periodId());
        // 3 April 2023 to 3 June 2024: 366 days to 3 April 2024 (29 February included), then 61: 427.
        assertEquals(new PermanenceView.Journey(of(2023, 4, 3), of(2024, 3, 4), of(2024, 6, 3), of(2025, 1, 20),
                "ADOPTION", of(2024, 6, 3), 427L), adoption.journey());
        assertEquals("ADOPTION", adoption.currentPlan());
        assertEquals(true, adoption.adoption().adoptedByFosterCarer());

        PermanenceView home = f.context.permanence().permanence(SOCIAL_WORKER, ben.periodId());
        // 6 May 2024 to 10 February 2025: 280 days.
        assertEquals("RETURNED_HOME", home.journey().permanentHome());
        assertEquals(280L, home.journey().daysToPermanentHome());

        List<String> adasEvents = f.rows("select event_name from platform.outbox where aggregate_id = ? order by position",
                ada.childId()).getValues(0, String.class);
        assertEquals(List.of("social-care.child-entered-care", "social-care.placement-changed",
                "social-care.placement-changed", "social-care.child-left-care"), adasEvents);
    }

    @Test
    void the_measures_while_they_were_in_care() {
        LocalDate christmas = of(2024, 12, 31);
        assertMeasure(CHILDREN_LOOKED_AFTER, christmas, "2", null, null);
        // Ada placed for adoption (A5: other), Ben with his aunt (U3: kinship).
        assertMeasure(PLACEMENT_KINSHIP, christmas, "50.0", 1L, 2L);
        assertMeasure(PLACEMENT_OTHER, christmas, "50.0", 1L, 2L);
        assertMeasure(PLACEMENT_IN_HOUSE_FOSTERING, christmas, "0.0", 0L, 2L);
        // In 2024 Ada had two placements (U5 open on 1 January, A5 from June: the placement order, L, is none) and
        // Ben two: neither had three.
        assertMeasure(PLACEMENT_STABILITY_THREE_OR_MORE, christmas, "0.0", 0L, 2L);
        // Neither in care 2.5 years.
        assertMeasure(PLACEMENT_STABILITY_LONG_TERM, christmas, "0.0", 0L, 0L);
    }

    @Test
    void the_measures_at_the_end_of_the_year() {
        LocalDate yearEnd = of(2025, 3, 31);
        assertMeasure(CHILDREN_LOOKED_AFTER, yearEnd, "0", null, null);
        // Both ceased in the year: Ben home, Ada adopted.
        assertMeasure(CEASED_RETURNED_HOME, yearEnd, "50.0", 1L, 2L);
        // Ada placed for adoption on 3 June 2024 (427 days) and Ben home (280), both in the year: 707 / 2 = 353.5.
        assertMeasure(AVERAGE_DAYS_TO_PERMANENT_HOME, yearEnd, "353.5", 707L, 2L);
        // Ben's one missing episode; both were looked after in the year.
        assertMeasure(MISSING_EPISODES, yearEnd, "1", null, null);
        assertMeasure(CHILDREN_WHO_WENT_MISSING, yearEnd, "50.0", 1L, 2L);
        // The year's return has Ada's adoption.
        var ret = f.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
        String ad1 = ret.files().stream().filter(x -> x.name().equals("ad1.csv")).findFirst().orElseThrow().content();
        assertTrue(ad1.contains("ADA,15/03/2020,04/12/2023,13/05/2024,1,2,MF,L11"), ad1);
    }
}
