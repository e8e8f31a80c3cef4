package org.cypf.socialcare.protection.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanReviewDue;
import org.cypf.socialcare.api.protection.PlanReviewsDue;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.ReviewPlan;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The child protection reviews queue on PostgreSQL: ordered by the review's due date as the plan works it out (not by
 * the plan's start), paged, scoped and audited; and one child's plans, paged and authorised as one read.
 */
class PlanReviewsDueServiceTest {
    private static SocialCareFixture f;
    private static ChildProtection protection;
    private static PlanReviewsDue queue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("plan reviews due", 20_000);
        protection = f.context.childProtection();
        queue = f.context.planReviewsDue();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static PlanView plan(String localChildId, LocalDate conference) {
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child(localChildId), conference.minusDays(20), "6"));
        EnquiryView e = protection.holdStrategyDiscussion(SOCIAL_WORKER,
                new HoldStrategyDiscussion(referral.referralId(), conference.minusDays(20)));
        e = protection.startSection47(SOCIAL_WORKER, new StartSection47(e.enquiryId(), conference.minusDays(20), e.version()));
        e = protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(e.enquiryId(), conference.minusDays(10),
                "INITIAL_CONFERENCE", e.version()));
        e = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(e.enquiryId(), conference,
                "CHILD_PROTECTION_PLAN", e.version()));
        return protection.startPlan(SOCIAL_WORKER, new StartPlan(e.enquiryId(), conference, "NEG"));
    }

    @Test
    void reviews_due_soonest_first_by_the_plans_own_due_date_not_by_start() {
        PlanView oldest = plan("P300", of(2024, 8, 31));
        oldest = protection.reviewPlan(SOCIAL_WORKER, new ReviewPlan(oldest.planId(), of(2024, 11, 30), null,
                oldest.version()));
        PlanView monthEnd = plan("P301", of(2024, 11, 29));
        PlanView recent = plan("P302", of(2025, 5, 1));

        var page = queue.planReviewsDue(SOCIAL_WORKER, new Slice(1, 10));
        // Started oldest, monthEnd, recent; due 28 Feb 2025 (3 months from 29 Nov), 30 May 2025 (6 from the review),
        // 1 Aug 2025 (3 from the conference). (The class's other test may add a plan of its own.)
        var mine = List.of(oldest.planId(), monthEnd.planId(), recent.planId());
        List<PlanReviewDue> shown = page.items().stream().filter(d -> mine.contains(d.planId())).toList();
        assertEquals(List.of(monthEnd.planId(), oldest.planId(), recent.planId()),
                shown.stream().map(PlanReviewDue::planId).toList());
        assertEquals(page.items().size(), page.total());
        for (PlanReviewDue due : page.items()) {
            assertEquals(protection.plan(SOCIAL_WORKER, due.planId()).nextReviewDue(), due.reviewDueDate(),
                    "the query's due date is the plan's");
        }
        assertEquals(page.items().stream().map(PlanReviewDue::reviewDueDate).sorted().toList(),
                page.items().stream().map(PlanReviewDue::reviewDueDate).toList(), "soonest due first");
        assertEquals(of(2025, 2, 28), shown.getFirst().reviewDueDate());
        assertEquals("P301", shown.getFirst().localChildId());
        assertEquals(1, shown.get(1).reviewsHeld());
        assertEquals(List.of(page.items().get(1).planId()), queue.planReviewsDue(SOCIAL_WORKER, new Slice(2, 1))
                .items().stream().map(PlanReviewDue::planId).toList());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and record_type = 'child-protection-plan' and purpose = ?",
                recent.childId(), "listing child protection reviews due"), "listed once, audited once");
        assertThrows(AccessDenied.class, () -> queue.planReviewsDue(OUTSIDER, new Slice(1, 10)));
        assertThrows(IllegalArgumentException.class,
                () -> queue.planReviewsDue(SOCIAL_WORKER, new Slice(1, PlanReviewsDue.MAX_PAGE_SIZE + 1)));
    }

    @Test
    void one_childs_plans_a_page_at_a_time_authorised_as_one_read_and_bad_input_audits_nothing() {
        PlanView plan = plan("P310", of(2025, 3, 3));
        var page = protection.plansOfChild(SOCIAL_WORKER, plan.childId(), new Slice(1, 10));
        assertEquals(List.of(plan.planId()), page.items().stream().map(PlanView::planId).toList());
        assertEquals(1, page.total());
        assertEquals(0, protection.plansOfChild(SOCIAL_WORKER, plan.childId(), new Slice(2, 10)).items().size());
        assertEquals(2, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and purpose = ?", plan.childId(), "reading a child's child protection plans"), "each read audited once");

        long audited = f.auditRows();
        var bad = assertThrows(InvalidInput.class, () -> protection.plansOfChild(SOCIAL_WORKER, "nope", new Slice(1, 10)));
        assertEquals("childId", bad.violations().getFirst().field());
        assertThrows(InvalidInput.class, () -> protection.plansOfChild(SOCIAL_WORKER, plan.childId(),
                new Slice(1, ChildProtection.MAX_CHILD_PAGE_SIZE + 1)));
        assertEquals(audited, f.auditRows(), "refused input writes no audit row");
        assertThrows(AccessDenied.class, () -> protection.plansOfChild(OUTSIDER, plan.childId(), new Slice(1, 10)));
    }
}
