package org.cypf.familysupport.earlyhelp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.earlyhelp.AgreeFamilyPlan;
import org.cypf.familysupport.api.earlyhelp.CloseEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.earlyhelp.HeadlineNeed;
import org.cypf.familysupport.api.earlyhelp.HeadlineOutcome;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.PlanGoal;
import org.cypf.familysupport.api.earlyhelp.RecordFamilyAssessment;
import org.cypf.familysupport.api.earlyhelp.RecordSustainedOutcomeCheck;
import org.cypf.familysupport.api.earlyhelp.StepUpToSocialCare;
import org.cypf.familysupport.api.earlyhelp.SustainedOutcome;
import org.cypf.familysupport.api.measure.FamilySupportMeasure;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Early help's measures on hand-checked data in a database of their own. Four episodes, today 30 June 2026, the 12
 * months to it 1 July 2025 - 30 June 2026:
 * <pre>
 * A  child 1  opened 2025-06-04  3 needs, all ACHIEVED, closed 2025-11-28, all sustained 2026-05-28: successful
 * B1 child 2  opened 2025-07-01  2 needs, one PARTLY_ACHIEVED, closed 2025-10-01, sustained 2026-04-01: not
 * B2 child 2  opened 2026-01-15  open; stepped up 2026-03-01; a re-referral (B1 closed 3.5 months before)
 * C  child 3  opened 2025-06-10  open
 * </pre>
 * By headline, of the episodes closed in the 12 months (A, B1): good education achieved in both (2 of 2), secure
 * housing in A, partly in B1 (1 of 2), crime prevention in A (1 of 1), no need assessed under the other seven (0 of 0).
 */
class EarlyHelpMeasuresTest {
    private static final Caller PRACTITIONER = new Caller("eh.begum", "stoke-council", Set.of(), null);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static ContextDatabase database;
    private static MeasureSource measures;
    private static Set<String> everyKey;

    @BeforeAll
    static void start() {
        var db = TestDatabase.fresh("early help measures");
        database = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "family_support", 2);
        var context = new FamilySupportContext(database,
                RecordingChildRecordAccess.forPartners(Set.of("stoke-council")), CLOCK);
        measures = context.measureSources().getFirst();
        everyKey = context.measureSources().stream().flatMap(s -> s.measureKeys().stream())
                .collect(java.util.stream.Collectors.toSet());
        RequestsForSupport requests = context.requestsForSupport();
        EarlyHelpEpisodes episodes = context.earlyHelpEpisodes();
        String child1 = UUID.randomUUID().toString();
        String child2 = UUID.randomUUID().toString();
        String child3 = UUID.randomUUID().toString();

        UUID a = open(requests, episodes, child1, LocalDate.of(2025, 6, 4));
        assessPlanClose(episodes, a, LocalDate.of(2025, 11, 28), List.of("GOOD_EDUCATION", "SECURE_HOUSING",
                "CRIME_PREVENTION"), List.of("ACHIEVED", "ACHIEVED", "ACHIEVED"));
        episodes.checkSustainedOutcomes(PRACTITIONER, new RecordSustainedOutcomeCheck(a, 3, LocalDate.of(2026, 5, 28),
                List.of(new SustainedOutcome("GOOD_EDUCATION", true), new SustainedOutcome("SECURE_HOUSING", true),
                        new SustainedOutcome("CRIME_PREVENTION", true))));

        UUID b1 = open(requests, episodes, child2, LocalDate.of(2025, 7, 1));
        assessPlanClose(episodes, b1, LocalDate.of(2025, 10, 1), List.of("GOOD_EDUCATION", "SECURE_HOUSING"),
                List.of("ACHIEVED", "PARTLY_ACHIEVED"));
        episodes.checkSustainedOutcomes(PRACTITIONER, new RecordSustainedOutcomeCheck(b1, 3, LocalDate.of(2026, 4, 1),
                List.of(new SustainedOutcome("GOOD_EDUCATION", true), new SustainedOutcome("SECURE_HOUSING", true))));

        UUID b2 = open(requests, episodes, child2, LocalDate.of(2026, 1, 15));
        episodes.stepUp(PRACTITIONER, new StepUpToSocialCare(b2, 0, LocalDate.of(2026, 3, 1), "EH0007",
                LocalDate.of(2015, 2, 3), "1", "Injuries unexplained", null));

        open(requests, episodes, child3, LocalDate.of(2025, 6, 10));
    }

    private static UUID open(RequestsForSupport requests, EarlyHelpEpisodes episodes, String child, LocalDate on) {
        var r = requests.receive(PRACTITIONER, new ReceiveRequestForSupport(child, on.minusDays(2), "FAMILY", null,
                "Help", "Mother", on.minusDays(2)));
        requests.triage(PRACTITIONER, new TriageRequestForSupport(r.requestId(), 0, on.minusDays(1), "EARLY_HELP", null));
        return episodes.open(PRACTITIONER, new OpenEarlyHelpEpisode(r.requestId(), on, "A. Begum", "Hub")).episodeId();
    }

    private static void assessPlanClose(EarlyHelpEpisodes episodes, UUID id, LocalDate closedOn, List<String> headlines,
                                        List<String> outcomes) {
        LocalDate assessed = closedOn.minusMonths(2);
        episodes.assess(PRACTITIONER, new RecordFamilyAssessment(id, 0, assessed,
                headlines.stream().map(h -> new HeadlineNeed(h, "need")).toList()));
        episodes.agreePlan(PRACTITIONER, new AgreeFamilyPlan(id, 1, assessed.plusDays(7),
                headlines.stream().map(h -> new PlanGoal(h, "goal")).toList()));
        episodes.close(PRACTITIONER, new CloseEarlyHelpEpisode(id, 2, closedOn, "OUTCOMES_ACHIEVED",
                java.util.stream.IntStream.range(0, headlines.size())
                        .mapToObj(i -> new HeadlineOutcome(headlines.get(i), outcomes.get(i))).toList()));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static MeasureValue value(FamilySupportMeasure measure, LocalDate asAt) {
        return measures.compute(measure.key(), asAt);
    }

    private static void assertValue(String expected, Long numerator, Long denominator, MeasureValue value) {
        assertEquals(0, new BigDecimal(expected).compareTo(value.value()), () -> value.measureKey() + " was " + value);
        assertEquals(numerator, value.numerator(), value.measureKey());
        assertEquals(denominator, value.denominator(), value.measureKey());
        assertEquals("family-support", value.provenance().context());
    }

    @Test
    void every_measure_on_hand_checked_data() {
        // every key family support publishes is computed by one of its sources; early help's six and one a
        // Supporting Families headline by this one
        assertEquals(Set.of(FamilySupportMeasure.values()).stream().map(FamilySupportMeasure::key)
                .collect(java.util.stream.Collectors.toSet()), everyKey);
        assertEquals(16, measures.measureKeys().size());
        assertValue("2", null, null, value(FamilySupportMeasure.EARLY_HELP_EPISODES_OPEN, TODAY)); // B2, C
        assertValue("2", null, null, value(FamilySupportMeasure.EARLY_HELP_EPISODES_OPENED, TODAY)); // B1, B2
        assertValue("50.0", 1L, 2L, value(FamilySupportMeasure.EARLY_HELP_CLOSED_WITH_OUTCOMES_ACHIEVED, TODAY)); // A of A, B1
        assertValue("50.0", 1L, 2L, value(FamilySupportMeasure.SUCCESSFUL_FAMILY_OUTCOMES, TODAY)); // A of A, B1
        assertValue("1", null, null, value(FamilySupportMeasure.STEP_UPS_TO_SOCIAL_CARE, TODAY)); // B2
        assertValue("50.0", 1L, 2L, value(FamilySupportMeasure.EARLY_HELP_RE_REFERRALS, TODAY)); // B2 of B1, B2
    }

    @Test
    void outcomes_achieved_by_headline_on_hand_checked_data() {
        assertValue("100.0", 2L, 2L, value(FamilySupportMeasure.OUTCOME_ACHIEVED_GOOD_EDUCATION, TODAY)); // A, B1
        assertValue("50.0", 1L, 2L, value(FamilySupportMeasure.OUTCOME_ACHIEVED_SECURE_HOUSING, TODAY)); // A of A, B1
        assertValue("100.0", 1L, 1L, value(FamilySupportMeasure.OUTCOME_ACHIEVED_CRIME_PREVENTION, TODAY)); // A
        assertValue("0", 0L, 0L, value(FamilySupportMeasure.OUTCOME_ACHIEVED_FINANCIAL_STABILITY, TODAY)); // none
        assertEquals(FamilySupportMeasure.OUTCOME_ACHIEVED_SAFE_FROM_DOMESTIC_ABUSE,
                FamilySupportMeasure.outcomeAchievedUnder("SAFE_FROM_DOMESTIC_ABUSE"));
        // a year on from B1's closing (2 Oct 2025 - 1 Oct 2026) only A's closing is counted
        LocalDate later = LocalDate.of(2026, 10, 1);
        assertValue("100.0", 1L, 1L, value(FamilySupportMeasure.OUTCOME_ACHIEVED_SECURE_HOUSING, later));
        assertEquals(true, value(FamilySupportMeasure.OUTCOME_ACHIEVED_SECURE_HOUSING, TODAY).provenance().definition()
                .contains("'secure housing'"));
    }

    @Test
    void the_same_measures_at_an_earlier_date() {
        LocalDate asAt = LocalDate.of(2026, 5, 1); // 2 May 2025 - 1 May 2026
        assertValue("2", null, null, value(FamilySupportMeasure.EARLY_HELP_EPISODES_OPEN, asAt)); // B2, C
        assertValue("0.0", 0L, 1L, value(FamilySupportMeasure.SUCCESSFUL_FAMILY_OUTCOMES, asAt)); // B1's check only
        assertValue("4", null, null, value(FamilySupportMeasure.EARLY_HELP_EPISODES_OPENED, asAt));
        assertValue("0", null, null, value(FamilySupportMeasure.STEP_UPS_TO_SOCIAL_CARE, LocalDate.of(2026, 2, 28)));
        assertThrows(NotFound.class, () -> measures.compute("family-support.unknown", asAt));
    }
}
