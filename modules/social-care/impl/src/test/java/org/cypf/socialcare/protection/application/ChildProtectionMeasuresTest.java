package org.cypf.socialcare.protection.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
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
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.api.protection.AddStrategyDiscussion;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EndPlan;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Initial conference timeliness, children on plans (count and rate) and repeat plans on a hand-checked data set. As at
 * 31 March 2025 the year is 1 April 2024 to 31 March 2025. ICPC due = last strategy discussion + 15 working days.
 * <pre>
 * plan  strategy discussion(s)   ICPC due    ICPC        outcome  plan            in the year?       repeat?
 * A1    24/04/2023               17/05/2023  10/05/2023  plan     to 15/01/2024   no                 no
 * A2    03/06/2024               24/06/2024  24/06/2024  plan     open            yes, in time       yes
 * B     02/09/2024               23/09/2024  23/09/2024  plan     to 31/03/2025   yes, in time       no
 * C     06/01/2025, 08/01/2025   29/01/2025  28/01/2025  plan     open            yes, in time (late if counted from the first: 27/01)  no
 * D     10/03/2025               31/03/2025  02/04/2025  plan     open            no (after)         no
 * E1    02/04/2024               23/04/2024  20/05/2024  plan     to 01/08/2024   yes, late          no
 * E2    04/11/2024               25/11/2024  25/11/2024  plan     open            yes, in time       yes
 * F     01/10/2024               22/10/2024  24/10/2024  no plan  -               yes, late          -
 * </pre>
 * ICPCs within 15 working days: 4 of 6 held in the year (A2, B, C, E2 of A2, B, C, E1, E2, F) = 66.7%.
 * On a plan at the end of 31 March 2025: A2, C, E2 = 3 (B ended that day, D starts later); per 10,000 of 20,000:
 * 3 x 10,000 / 20,000 = 1.5. On 30 March B is on too: 4, rate 2.0. On 2 April D is on and B is not: 4.
 * Repeat plans: 2 of the 5 plans started in the year (A2, E2 of A2, B, C, E1, E2) = 40.0%.
 */
class ChildProtectionMeasuresTest {
    private static final String ICPCS = ChildrenInNeedMeasure.ICPCS_WITHIN_15_WORKING_DAYS.key();
    private static final String COUNT = ChildrenInNeedMeasure.CHILDREN_ON_CHILD_PROTECTION_PLANS.key();
    private static final String RATE = ChildrenInNeedMeasure.CHILDREN_ON_CHILD_PROTECTION_PLANS_RATE.key();
    private static final String REPEATS = ChildrenInNeedMeasure.REPEAT_CHILD_PROTECTION_PLANS.key();
    private static final LocalDate DATE = of(2025, 3, 31);
    private static SocialCareFixture f;
    private static ChildProtection protection;
    private static MeasureSource measures;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("child protection measures", 20_000);
        protection = f.context.childProtection();
        measures = f.context.measureSources().stream().filter(s -> s.measureKeys().contains(ICPCS)).findFirst().orElseThrow();
        end(plan("A", of(2023, 5, 10), "CHILD_PROTECTION_PLAN", of(2023, 4, 24)), of(2024, 1, 15));
        plan("A", of(2024, 6, 24), "CHILD_PROTECTION_PLAN", of(2024, 6, 3));
        end(plan("B", of(2024, 9, 23), "CHILD_PROTECTION_PLAN", of(2024, 9, 2)), DATE);
        plan("C", of(2025, 1, 28), "CHILD_PROTECTION_PLAN", of(2025, 1, 6), of(2025, 1, 8));
        plan("D", of(2025, 4, 2), "CHILD_PROTECTION_PLAN", of(2025, 3, 10));
        end(plan("E", of(2024, 5, 20), "CHILD_PROTECTION_PLAN", of(2024, 4, 2)), of(2024, 8, 1));
        plan("E", of(2024, 11, 25), "CHILD_PROTECTION_PLAN", of(2024, 11, 4));
        plan("F", of(2024, 10, 24), "NO_PLAN", of(2024, 10, 1));
    }

    /** A referral on the first discussion's date, the discussions, section 47 from the last, and the conference. */
    private static PlanView plan(String child, LocalDate conference, String outcome, LocalDate... discussions) {
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child(child), discussions[0], "2A"));
        EnquiryView e = protection.holdStrategyDiscussion(SOCIAL_WORKER,
                new HoldStrategyDiscussion(referral.referralId(), discussions[0]));
        for (int i = 1; i < discussions.length; i++) {
            e = protection.addStrategyDiscussion(SOCIAL_WORKER, new AddStrategyDiscussion(e.enquiryId(), discussions[i], e.version()));
        }
        LocalDate last = discussions[discussions.length - 1];
        e = protection.startSection47(SOCIAL_WORKER, new StartSection47(e.enquiryId(), last, e.version()));
        e = protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(e.enquiryId(), last, "INITIAL_CONFERENCE", e.version()));
        e = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(e.enquiryId(), conference, outcome, e.version()));
        return outcome.equals("NO_PLAN") ? null : protection.startPlan(SOCIAL_WORKER, new StartPlan(e.enquiryId(), conference, "NEG"));
    }

    private static void end(PlanView plan, LocalDate on) {
        protection.endPlan(SOCIAL_WORKER, new EndPlan(plan.planId(), on, "NO_LONGER_AT_RISK", plan.version()));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static void assertValue(String value, Long numerator, Long denominator, MeasureValue measured) {
        assertEquals(new BigDecimal(value), measured.value());
        assertEquals(numerator, measured.numerator());
        assertEquals(denominator, measured.denominator());
    }

    @Test
    void publishes_four_keys() {
        assertEquals(Set.of("social-care.icpcs-within-15-working-days", "social-care.children-on-child-protection-plans",
                "social-care.children-on-child-protection-plans-rate", "social-care.repeat-child-protection-plans"),
                measures.measureKeys());
    }

    @Test
    void four_of_six_initial_conferences_were_within_15_working_days_of_the_last_strategy_discussion() {
        MeasureValue value = measures.compute(ICPCS, DATE);
        assertValue("66.7", 4L, 6L, value);
        assertTrue(value.provenance().definition().contains("last strategy discussion"));
    }

    @Test
    void three_children_were_on_plans_at_the_end_of_31_march_a_rate_of_1_5_per_10000() {
        MeasureValue count = measures.compute(COUNT, DATE);
        assertValue("3", null, null, count);
        assertTrue(count.provenance().definition().contains("at the end of the date"));
        MeasureValue rate = measures.compute(RATE, DATE);
        assertValue("1.5", 3L, 20_000L, rate);
        assertTrue(rate.provenance().definition().contains("per 10,000"));
        assertTrue(rate.provenance().definition().contains("20000"));
    }

    @Test
    void the_count_moves_as_hand_worked_on_the_days_around() {
        assertValue("4", null, null, measures.compute(COUNT, of(2025, 3, 30)));
        assertValue("2.0", 4L, 20_000L, measures.compute(RATE, of(2025, 3, 30)));
        assertValue("4", null, null, measures.compute(COUNT, of(2025, 4, 2)));
        // 1 January 2024: only A1 (to 15 January 2024)
        assertValue("1", null, null, measures.compute(COUNT, of(2024, 1, 1)));
    }

    @Test
    void two_of_five_plans_started_in_the_year_were_repeat_plans() {
        MeasureValue value = measures.compute(REPEATS, DATE);
        assertValue("40.0", 2L, 5L, value);
        assertTrue(value.provenance().definition().contains("second or subsequent"));
    }

    @Test
    void the_list_agrees_with_the_count_and_sql_with_the_domain_rule() {
        var plans = new JooqChildProtectionPlans(f.socialCareDb);
        for (LocalDate on : new LocalDate[] {of(2024, 1, 1), of(2025, 3, 30), DATE, of(2025, 4, 2)}) {
            assertEquals(measures.compute(COUNT, on).value().intValueExact(),
                    protection.plansOpenOn(SOCIAL_WORKER, on).size(), on.toString());
            f.socialCareDb.run(() -> plans.openAtEndOf(on).forEach(p ->
                    assertTrue(p.isOpenAtEndOf(on), p.id() + " listed by SQL but not by the domain on " + on)));
        }
        var enquiries = new JooqChildProtectionEnquiries(f.socialCareDb);
        f.socialCareDb.run(() -> assertEquals(6, enquiries.conferencesHeldBetween(of(2024, 4, 1), DATE).size()));
    }

    @Test
    void computing_audits_nothing_a_population_must_be_positive_and_unknown_keys_are_not_found() {
        long audit = f.auditRows();
        for (String key : measures.measureKeys()) {
            measures.compute(key, DATE);
        }
        assertEquals(audit, f.auditRows());
        assertThrows(NotFound.class, () -> measures.compute("social-care.children-looked-after", DATE));
        assertThrows(IllegalArgumentException.class, () -> new ChildProtectionMeasures(f.socialCareDb,
                new JooqChildProtectionEnquiries(f.socialCareDb), new JooqChildProtectionPlans(f.socialCareDb), 0,
                SocialCareFixture.CLOCK));
        assertNull(measures.compute(COUNT, DATE).denominator());
    }
}
