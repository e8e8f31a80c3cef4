package org.cypf.socialcare.protection.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.Casework.child;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.RecordReferral;
import org.cypf.socialcare.api.protection.AddStrategyDiscussion;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.socialcare.api.protection.ConcludeSection47;
import org.cypf.socialcare.api.protection.EndPlan;
import org.cypf.socialcare.api.protection.EnquiryView;
import org.cypf.socialcare.api.protection.HoldInitialConference;
import org.cypf.socialcare.api.protection.HoldStrategyDiscussion;
import org.cypf.socialcare.api.protection.PlanView;
import org.cypf.socialcare.api.protection.ReviewPlan;
import org.cypf.socialcare.api.protection.StartPlan;
import org.cypf.socialcare.api.protection.StartSection47;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Child protection use cases on PostgreSQL: enquiries, plans, events and the access audit. */
class ChildProtectionServiceTest {
    private static SocialCareFixture f;
    private static ChildProtection protection;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("child protection service", 20_000);
        protection = f.context.childProtection();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A referral of the child, a strategy discussion the same day and a section 47 enquiry that calls a conference. */
    static EnquiryView enquiryReadyForConference(ChildProtection protection, String localChildId, LocalDate discussed) {
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child(localChildId), discussed, "6"));
        EnquiryView e = protection.holdStrategyDiscussion(SOCIAL_WORKER, new HoldStrategyDiscussion(referral.referralId(), discussed));
        e = protection.startSection47(SOCIAL_WORKER, new StartSection47(e.enquiryId(), discussed, e.version()));
        return protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(e.enquiryId(), discussed,
                "INITIAL_CONFERENCE", e.version()));
    }

    private static PlanView planFor(String localChildId, LocalDate discussed, LocalDate conference, String category) {
        EnquiryView e = enquiryReadyForConference(protection, localChildId, discussed);
        e = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(e.enquiryId(), conference,
                "CHILD_PROTECTION_PLAN", e.version()));
        return protection.startPlan(SOCIAL_WORKER, new StartPlan(e.enquiryId(), conference, category));
    }

    private static List<Record> outbox(String childId) {
        return f.rows("select event_name, payload::text as payload from platform.outbox where aggregate_id = ? order by position",
                childId);
    }

    @Test
    void a_referral_has_one_first_strategy_discussion_even_when_ten_arrive_at_once() throws Exception {
        LocalDate discussed = of(2024, 10, 1);
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child("CPONCE1"), discussed, "6"));
        int callers = 10; // the pool's connections: each caller holds one while the first commits
        var ready = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    ready.await();
                    try {
                        protection.holdStrategyDiscussion(SOCIAL_WORKER,
                                new HoldStrategyDiscussion(referral.referralId(), discussed));
                        return "held";
                    } catch (Conflict refused) {
                        return "conflict";
                    }
                }));
            }
            ready.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var answer : answers) {
                outcomes.add(answer.get());
            }
            assertEquals(1, outcomes.stream().filter("held"::equals).count(), outcomes::toString);
            assertEquals(callers - 1, outcomes.stream().filter("conflict"::equals).count(), outcomes::toString);
        }
        assertEquals(1L, f.rows("select count(*) from social_care.child_protection_enquiry where referral_id = ?",
                referral.referralId()).getFirst().get(0, Long.class), "one enquiry is stored");
        assertThrows(Conflict.class, () -> protection.holdStrategyDiscussion(SOCIAL_WORKER,
                new HoldStrategyDiscussion(referral.referralId(), discussed.plusDays(1))), "a later first discussion too");
    }

    @Test
    void an_enquiry_runs_from_strategy_discussions_through_section_47_to_the_conference() {
        var referral = f.context.referralsAndAssessments().recordReferral(SOCIAL_WORKER,
                new RecordReferral(child("P100"), of(2024, 9, 2), "6"));
        EnquiryView e = protection.holdStrategyDiscussion(SOCIAL_WORKER,
                new HoldStrategyDiscussion(referral.referralId(), of(2024, 9, 2)));
        assertEquals(of(2024, 9, 23), e.conferenceDueDate());
        assertEquals(0, e.version());

        e = protection.addStrategyDiscussion(SOCIAL_WORKER, new AddStrategyDiscussion(e.enquiryId(), of(2024, 9, 4), 0));
        assertEquals(List.of(of(2024, 9, 2), of(2024, 9, 4)), e.strategyDiscussions());
        assertEquals(of(2024, 9, 25), e.conferenceDueDate(), "15 working days after the last discussion");
        e = protection.startSection47(SOCIAL_WORKER, new StartSection47(e.enquiryId(), of(2024, 9, 4), e.version()));
        e = protection.concludeSection47(SOCIAL_WORKER, new ConcludeSection47(e.enquiryId(), of(2024, 9, 13),
                "INITIAL_CONFERENCE", e.version()));
        e = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(e.enquiryId(), of(2024, 9, 25),
                "NO_PLAN", e.version()));
        assertEquals(4, e.version());
        assertEquals(Boolean.TRUE, e.conferenceWithinTimescale());
        assertFalse(e.conferenceNotRequired());
        assertEquals(e, protection.enquiry(SOCIAL_WORKER, e.enquiryId()));
        assertEquals(of(2024, 9, 25), f.rows("select icpc_due_date from social_care.child_protection_enquiry where enquiry_id = ?",
                e.enquiryId()).getFirst().get(0, LocalDate.class), "the census target date is stored");

        EnquiryView held = e;
        assertThrows(Conflict.class, () -> protection.startPlan(SOCIAL_WORKER, new StartPlan(held.enquiryId(), of(2024, 9, 25), "NEG")),
                "the conference decided on no plan");
    }

    @Test
    void a_stale_version_changes_nothing() {
        EnquiryView e = enquiryReadyForConference(protection, "P101", of(2025, 1, 6));
        assertThrows(StaleVersion.class, () -> protection.holdInitialConference(SOCIAL_WORKER,
                new HoldInitialConference(e.enquiryId(), of(2025, 1, 20), "CHILD_PROTECTION_PLAN", 0)));
        assertNull(protection.enquiry(SOCIAL_WORKER, e.enquiryId()).conferenceDate());
    }

    @Test
    void ending_a_plan_another_change_has_replaced_is_stale_stores_nothing_and_publishes_nothing() {
        PlanView plan = planFor("P106", of(2024, 9, 2), of(2024, 9, 20), "NEG");
        PlanView reviewed = protection.reviewPlan(SOCIAL_WORKER,
                new ReviewPlan(plan.planId(), of(2024, 12, 12), null, plan.version()));
        assertEquals(plan.version() + 1, reviewed.version(), "the plan moved its own version");
        long published = outbox(plan.childId()).size();

        // A second caller read the plan before the review and ends it from that version: the review won.
        assertThrows(StaleVersion.class, () -> protection.endPlan(SOCIAL_WORKER,
                new EndPlan(plan.planId(), of(2025, 3, 14), "NO_LONGER_AT_RISK", plan.version())));
        assertEquals(reviewed, protection.plan(SOCIAL_WORKER, plan.planId()), "nothing stored");
        assertEquals(published, outbox(plan.childId()).size(), "no ChildProtectionPlanEnded published");
    }

    @Test
    void starting_a_plan_publishes_it_and_a_child_cannot_have_two_open_plans() {
        PlanView plan = planFor("P102", of(2024, 9, 2), of(2024, 9, 20), "NEG");
        assertEquals("NEG", plan.initialCategory());
        assertEquals(0, plan.previousPlans());
        assertFalse(plan.repeatPlan());
        assertEquals(of(2024, 12, 20), plan.nextReviewDue());
        assertEquals(plan, protection.plan(SOCIAL_WORKER, plan.planId()));

        List<Record> events = outbox(plan.childId());
        assertEquals(List.of("social-care.child-protection-plan-started"),
                events.stream().map(r -> r.get("event_name", String.class)).toList());
        JsonNode payload = json(events.getFirst().get("payload", String.class));
        assertEquals(plan.planId().toString(), payload.get("planId").asText());
        assertEquals("NEG", payload.get("category").asText());
        assertFalse(payload.get("repeatPlan").asBoolean());

        EnquiryView second = enquiryReadyForConference(protection, "P102", of(2024, 10, 1));
        EnquiryView held = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(second.enquiryId(),
                of(2024, 10, 15), "CHILD_PROTECTION_PLAN", second.version()));
        assertThrows(Conflict.class, () -> protection.startPlan(SOCIAL_WORKER, new StartPlan(held.enquiryId(), of(2024, 10, 15), "PHY")));
        assertEquals(1, f.count("select count(*) from social_care.child_protection_plan where child_id = ?::uuid", plan.childId()));
        assertEquals(1, outbox(plan.childId()).size(), "nothing published for the refused plan");
    }

    @Test
    void reviews_then_the_end_publish_the_end_and_a_later_plan_is_a_repeat() {
        PlanView plan = planFor("P103", of(2024, 6, 3), of(2024, 6, 24), "EMO");
        plan = protection.reviewPlan(SOCIAL_WORKER, new ReviewPlan(plan.planId(), of(2024, 9, 20), "MUL", plan.version()));
        assertEquals(of(2024, 9, 24), plan.reviews().getFirst().dueDate());
        assertTrue(plan.reviews().getFirst().withinTimescale());
        assertEquals("MUL", plan.latestCategory());
        assertEquals(of(2025, 3, 20), plan.nextReviewDue());

        PlanView ended = protection.endPlan(SOCIAL_WORKER, new EndPlan(plan.planId(), of(2025, 1, 10), "NO_LONGER_AT_RISK", plan.version()));
        assertEquals(2, ended.version());
        assertEquals("NO_LONGER_AT_RISK", ended.endReason());
        assertNull(ended.nextReviewDue());
        JsonNode payload = json(outbox(plan.childId()).getLast().get("payload", String.class));
        assertEquals("2025-01-10", payload.get("endDate").asText());
        assertEquals("NO_LONGER_AT_RISK", payload.get("reason").asText());
        assertEquals("social-care.child-protection-plan-ended", outbox(plan.childId()).getLast().get("event_name", String.class));

        PlanView again = planFor("P103", of(2025, 3, 3), of(2025, 3, 24), "NEG");
        assertTrue(again.repeatPlan());
        assertEquals(1, again.previousPlans());
        assertTrue(json(outbox(plan.childId()).getLast().get("payload", String.class)).get("repeatPlan").asBoolean());
    }

    @Test
    void plan_rules_are_refused_by_field() {
        EnquiryView e = enquiryReadyForConference(protection, "P104", of(2025, 2, 3));
        EnquiryView held = protection.holdInitialConference(SOCIAL_WORKER, new HoldInitialConference(e.enquiryId(),
                of(2025, 2, 20), "CHILD_PROTECTION_PLAN", e.version()));
        var missing = assertThrows(InvalidInput.class, () -> protection.startPlan(SOCIAL_WORKER,
                new StartPlan(held.enquiryId(), of(2025, 2, 19), null)));
        assertEquals(List.of("startDate", "category"), missing.violations().stream().map(v -> v.field()).toList());
        PlanView plan = protection.startPlan(SOCIAL_WORKER, new StartPlan(held.enquiryId(), of(2025, 2, 20), "SAB"));
        assertThrows(InvalidInput.class, () -> protection.endPlan(SOCIAL_WORKER,
                new EndPlan(plan.planId(), of(2025, 2, 19), "OTHER", plan.version())));
        assertThrows(StaleVersion.class, () -> protection.reviewPlan(SOCIAL_WORKER,
                new ReviewPlan(plan.planId(), of(2025, 5, 19), null, 9)));
    }

    @Test
    void plans_open_on_a_date_are_listed_and_each_child_audited() {
        PlanView plan = planFor("P105", of(2023, 1, 9), of(2023, 1, 27), "PHY");
        var onDate = protection.plansOpenOn(SOCIAL_WORKER, of(2023, 2, 1));
        assertEquals(List.of(plan.planId()), onDate.stream().map(PlanView::planId).toList());
        assertEquals(List.of(), protection.plansOpenOn(SOCIAL_WORKER, of(2023, 1, 26)));
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid and action = 'LIST'",
                plan.childId()));
    }

    @Test
    void unknown_ids_are_not_found_and_outsiders_are_refused() {
        assertThrows(NotFound.class, () -> protection.enquiry(SOCIAL_WORKER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> protection.plan(SOCIAL_WORKER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> protection.holdStrategyDiscussion(SOCIAL_WORKER,
                new HoldStrategyDiscussion(UUID.randomUUID(), of(2025, 1, 6))));
        EnquiryView e = enquiryReadyForConference(protection, "P106", of(2025, 1, 6));
        assertThrows(AccessDenied.class, () -> protection.enquiry(OUTSIDER, e.enquiryId()));
    }
}
