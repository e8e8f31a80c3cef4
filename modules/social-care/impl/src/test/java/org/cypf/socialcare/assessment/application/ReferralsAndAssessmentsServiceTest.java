package org.cypf.socialcare.assessment.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.AssessmentView;
import org.cypf.socialcare.api.assessment.CloseReferral;
import org.cypf.socialcare.api.assessment.CompleteAssessment;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.assessment.StartAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Referral and assessment use cases on PostgreSQL with governance's access contract. */
class ReferralsAndAssessmentsServiceTest {
    private static SocialCareFixture f;
    private static ReferralsAndAssessments service;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("referrals and assessments service", 20_000);
        service = f.context.referralsAndAssessments();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static ReferralView refer(String localChildId, java.time.LocalDate date) {
        return service.recordReferral(SOCIAL_WORKER, new RecordReferral(child(localChildId), date, "3A"));
    }

    private static CompleteAssessment completion(AssessmentView a, java.time.LocalDate completed, List<String> factors) {
        return new CompleteAssessment(a.referralId(), a.assessmentId(), completed, completed, factors,
                "CHILD_IN_NEED_PLAN", a.version());
    }

    @Test
    void a_referral_within_12_months_of_the_last_is_flagged_as_a_re_referral() {
        ReferralView first = refer("R100", of(2024, 7, 1));
        ReferralView second = refer("R100", of(2025, 6, 30));
        ReferralView third = refer("R100", of(2025, 2, 3));   // recorded late, dated between the two
        assertFalse(first.reReferral());
        assertTrue(second.reReferral(), "a day short of 12 months after 1 July 2024");
        assertTrue(third.reReferral(), "7 months after 1 July 2024");
        assertEquals(first.childId(), second.childId());
        assertEquals("3A", first.source());
        assertEquals(List.of(), first.assessments());
    }

    @Test
    void an_assessment_runs_from_start_to_authorisation_within_45_working_days_of_the_referral() {
        ReferralView referral = refer("R101", of(2025, 3, 3));
        AssessmentView started = service.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), of(2025, 3, 4)));
        assertEquals(of(2025, 5, 8), started.dueDate());
        assertNull(started.authorisedWithinTimescale());

        AssessmentView done = service.completeAssessment(SOCIAL_WORKER, new CompleteAssessment(referral.referralId(),
                started.assessmentId(), of(2025, 5, 6), of(2025, 5, 8), List.of("3B", "4B", "16A"),
                "CHILD_PROTECTION_ENQUIRY", 0));
        assertEquals(1, done.version());
        assertEquals(List.of("3B", "4B", "16A"), done.factors());
        assertEquals("CHILD_PROTECTION_ENQUIRY", done.outcome());
        assertEquals(Boolean.TRUE, done.authorisedWithinTimescale());
        assertEquals(45, done.workingDaysToAuthorisation());
        assertEquals(List.of(done), service.referral(SOCIAL_WORKER, referral.referralId()).assessments());

        List<String> actions = f.rows("select action, record_type from governance.child_record_access where child_id = ?::uuid"
                + " order by access_id", referral.childId()).stream()
                .map(r -> r.get("record_type", String.class) + ":" + r.get("action", String.class)).toList();
        assertEquals(List.of("referral:CREATE", "assessment:CREATE", "assessment:UPDATE", "referral:READ"), actions);
    }

    @Test
    void one_assessment_at_a_time_and_the_referral_cannot_close_while_one_is_in_progress() {
        ReferralView referral = refer("R102", of(2025, 4, 1));
        AssessmentView started = service.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), of(2025, 4, 2)));
        assertThrows(Conflict.class, () -> service.startAssessment(SOCIAL_WORKER,
                new StartAssessment(referral.referralId(), of(2025, 4, 3))));
        assertThrows(Conflict.class, () -> service.closeReferral(SOCIAL_WORKER,
                new CloseReferral(referral.referralId(), of(2025, 4, 4), "RC8", 0)));

        service.completeAssessment(SOCIAL_WORKER, completion(started, of(2025, 5, 1), List.of("21")));
        ReferralView closed = service.closeReferral(SOCIAL_WORKER, new CloseReferral(referral.referralId(), of(2025, 5, 2), "RC8", 0));
        assertEquals(of(2025, 5, 2), closed.closureDate());
        assertEquals("RC8", closed.closureReason());
        assertEquals(1, closed.version());
        assertThrows(Conflict.class, () -> service.startAssessment(SOCIAL_WORKER,
                new StartAssessment(referral.referralId(), of(2025, 5, 3))), "a closed referral takes no new assessment");
    }

    @Test
    void completion_is_refused_by_field_for_broken_rules_and_for_a_stale_version() {
        ReferralView referral = refer("R103", of(2025, 4, 1));
        AssessmentView started = service.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), of(2025, 4, 2)));
        var e = assertThrows(InvalidInput.class, () -> service.completeAssessment(SOCIAL_WORKER,
                completion(started, of(2025, 4, 1), List.of("21", "1A"))));
        assertEquals(List.of("completedDate", "factors"), e.violations().stream().map(v -> v.field()).toList());
        assertThrows(StaleVersion.class, () -> service.completeAssessment(SOCIAL_WORKER, new CompleteAssessment(
                referral.referralId(), started.assessmentId(), of(2025, 4, 3), of(2025, 4, 3), List.of("21"),
                "NO_FURTHER_ACTION", 4)));
        assertNull(service.referral(SOCIAL_WORKER, referral.referralId()).assessments().getFirst().completedDate());
    }

    @Test
    void an_assessment_is_found_only_under_its_own_referral() {
        ReferralView referral = refer("R104", of(2025, 4, 1));
        AssessmentView started = service.startAssessment(SOCIAL_WORKER, new StartAssessment(referral.referralId(), of(2025, 4, 2)));
        assertThrows(NotFound.class, () -> service.completeAssessment(SOCIAL_WORKER, new CompleteAssessment(
                UUID.randomUUID(), started.assessmentId(), of(2025, 4, 3), of(2025, 4, 3), List.of("21"),
                "NO_FURTHER_ACTION", 0)));
        assertThrows(NotFound.class, () -> service.referral(SOCIAL_WORKER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> service.startAssessment(SOCIAL_WORKER, new StartAssessment(UUID.randomUUID(), of(2025, 4, 2))));
    }

    @Test
    void an_outsider_may_not_read_or_refer() {
        ReferralView referral = refer("R105", of(2025, 4, 1));
        assertThrows(AccessDenied.class, () -> service.referral(OUTSIDER, referral.referralId()));
        assertThrows(AccessDenied.class, () -> service.recordReferral(OUTSIDER, new RecordReferral(child("R106"), of(2025, 4, 1), "6")));
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'R106'"));
    }

    @Test
    void a_childs_referrals_and_assessments_are_read_a_page_at_a_time_earliest_first_and_each_read_audited() {
        ReferralView later = refer("R190", of(2025, 3, 3));
        ReferralView earlier = refer("R190", of(2024, 9, 2));
        refer("R191", of(2024, 1, 1));
        AssessmentView started = service.startAssessment(SOCIAL_WORKER,
                new StartAssessment(earlier.referralId(), of(2024, 9, 3)));
        service.completeAssessment(SOCIAL_WORKER, completion(started, of(2024, 10, 1), List.of("3B")));
        String child = later.childId();
        String audited = "select count(*) from governance.child_record_access where child_id = ?::uuid"
                + " and purpose = 'reading a child''s referrals and assessments' and decision = 'PERMITTED'";
        long reads = f.count(audited, child);

        var all = service.referralsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(1, 100));
        assertEquals(List.of(earlier.referralId(), later.referralId()),
                all.items().stream().map(ReferralView::referralId).toList(), "only this child's, earliest first");
        assertEquals(2, all.total());
        assertEquals(of(2024, 10, 1), all.items().getFirst().assessments().getFirst().authorisedDate());
        assertEquals(List.of(), all.items().get(1).assessments());
        var second = service.referralsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(2, 1));
        assertEquals(List.of(later.referralId()), second.items().stream().map(ReferralView::referralId).toList());
        assertTrue(second.items().getFirst().reReferral(), "the earlier referral, on the page before, is looked back to");
        assertEquals(2, second.total());
        assertEquals(reads + 2, f.count(audited, child), "each page read is one audited read of the child's record");

        InvalidInput tooMany = assertThrows(InvalidInput.class,
                () -> service.referralsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(1, 101)));
        assertEquals("size", tooMany.violations().getFirst().field());
        assertEquals(reads + 2, f.count(audited, child), "a refused input audits nothing");
        assertThrows(AccessDenied.class,
                () -> service.referralsOfChild(OUTSIDER, child, new org.cypf.kernel.page.Slice(1, 100)));
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid"
                + " and purpose = 'reading a child''s referrals and assessments' and decision = 'DENIED'", child),
                "the refusal is audited");
    }
}
