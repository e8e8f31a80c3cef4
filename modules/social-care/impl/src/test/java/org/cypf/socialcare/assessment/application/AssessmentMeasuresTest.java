package org.cypf.socialcare.assessment.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.NotFound;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-referrals and assessment timeliness on a hand-checked data set. As at 31 March 2025 the year is 1 April 2024 to
 * 31 March 2025.
 * <pre>
 * child  referral     in year?  re-referral?                                      assessment (due = referral + 45 wd)
 * A      01/05/2024   yes       no                                                 authorised 05/07/2024, due 05/07  in time
 * A      03/02/2025   yes       yes: 9 months after 01/05/2024                     -
 * B      15/03/2024   no        -                                                  authorised 01/04/2024, due 22/05  in time
 * B      02/09/2024   yes       yes: under 12 months after 15/03/2024 (before the year)  authorised 05/11/2024, due 04/11  late
 * C      01/04/2024   yes       no                                                 authorised 05/06/2024, due 05/06  in time
 * C      01/04/2025   no (after)                                                   authorised 03/04/2025 (after the year)
 * D      01/06/2023   no        -                                                  authorised 28/03/2024 (before the year), due 03/08/2023  late
 * D      01/06/2024   yes       no: exactly 12 months after 01/06/2023             -
 * E      31/03/2025   yes       no                                                 started, not completed
 * </pre>
 * Re-referrals: 2 of the 6 referrals in the year (A 03/02/2025, B 02/09/2024): 2 / 6 = 33.3%.
 * Assessments: authorised in the year B (01/04/2024, the first day), A, B, C: 3 of 4 in time = 75.0%.
 * As at 2 September 2024 (year from 3 September 2023): referrals B 15/03, C 01/04, A 01/05, D 01/06, B 02/09 = 5, of
 * which B 02/09 is a re-referral: 1 / 5 = 20.0%. As at 4 July 2024: authorised D 28/03 (late), B 01/04, C 05/06 (in
 * time): 2 / 3 = 66.7%.
 */
class AssessmentMeasuresTest {
    private static final String RE_REFERRALS = ChildrenInNeedMeasure.RE_REFERRALS_WITHIN_12_MONTHS.key();
    private static final String ASSESSMENTS = ChildrenInNeedMeasure.ASSESSMENTS_WITHIN_45_WORKING_DAYS.key();
    private static final LocalDate DATE = of(2025, 3, 31);
    private static SocialCareFixture f;
    private static ReferralsAndAssessments service;
    private static MeasureSource measures;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("assessment measures", 20_000);
        service = f.context.referralsAndAssessments();
        measures = f.context.measureSources().stream().filter(s -> s.measureKeys().contains(ASSESSMENTS))
                .findFirst().orElseThrow();
        assessed(refer("A", of(2024, 5, 1)), of(2024, 5, 2), of(2024, 7, 5));
        refer("A", of(2025, 2, 3));
        assessed(refer("B", of(2024, 3, 15)), of(2024, 3, 18), of(2024, 4, 1));
        assessed(refer("B", of(2024, 9, 2)), of(2024, 9, 3), of(2024, 11, 5));
        assessed(refer("C", of(2024, 4, 1)), of(2024, 4, 2), of(2024, 6, 5));
        assessed(refer("C", of(2025, 4, 1)), of(2025, 4, 2), of(2025, 4, 3));
        assessed(refer("D", of(2023, 6, 1)), of(2023, 6, 2), of(2024, 3, 28));
        refer("D", of(2024, 6, 1));
        service.startAssessment(SOCIAL_WORKER, new StartAssessment(refer("E", of(2025, 3, 31)).referralId(), DATE));
    }

    private static ReferralView refer(String child, LocalDate date) {
        return service.recordReferral(SOCIAL_WORKER, new RecordReferral(child(child), date, "6"));
    }

    private static void assessed(ReferralView referral, LocalDate started, LocalDate authorised) {
        AssessmentView a = service.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), started));
        service.completeAssessment(SOCIAL_WORKER, new CompleteAssessment(referral.referralId(), a.assessmentId(),
                authorised, authorised, List.of("3B"), "CHILD_IN_NEED_PLAN", 0));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static void assertValue(String value, long numerator, long denominator, MeasureValue measured) {
        assertEquals(new BigDecimal(value), measured.value());
        assertEquals(numerator, measured.numerator());
        assertEquals(denominator, measured.denominator());
    }

    @Test
    void two_of_six_referrals_in_the_year_were_re_referrals() {
        MeasureValue value = measures.compute(RE_REFERRALS, DATE);
        assertValue("33.3", 2, 6, value);
        assertTrue(value.provenance().definition().contains("less than 12 months after a previous referral"));
    }

    @Test
    void three_of_four_assessments_authorised_in_the_year_were_within_45_working_days() {
        MeasureValue value = measures.compute(ASSESSMENTS, DATE);
        assertValue("75.0", 3, 4, value);
        assertTrue(value.provenance().definition().contains("45 working days of the referral date"));
    }

    @Test
    void other_dates_as_hand_worked() {
        assertValue("20.0", 1, 5, measures.compute(RE_REFERRALS, of(2024, 9, 2)));
        assertValue("66.7", 2, 3, measures.compute(ASSESSMENTS, of(2024, 7, 4)));
    }

    @Test
    void computing_audits_nothing_and_unknown_keys_are_not_found() {
        long audit = f.auditRows();
        measures.compute(RE_REFERRALS, DATE);
        measures.compute(ASSESSMENTS, DATE);
        assertEquals(audit, f.auditRows());
        assertThrows(NotFound.class, () -> measures.compute("social-care.children-looked-after", DATE));
    }
}
