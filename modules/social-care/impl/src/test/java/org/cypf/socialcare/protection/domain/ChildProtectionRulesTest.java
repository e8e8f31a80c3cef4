package org.cypf.socialcare.protection.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan.ChildsPlans;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Strategy discussions, section 47, the initial conference's timescale, and plans (category, reviews, repeats). */
class ChildProtectionRulesTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final CinCensusCodes CODES = CinCensusCodes.standard();
    private static final ChildsPlans FIRST_PLAN = new ChildsPlans(0, false, null);
    private static final Referral REFERRAL = Referral.open(UUID.randomUUID(), ChildId.newId(), of(2024, 9, 2), "6",
            null, Instant.parse("2024-09-02T09:00:00Z"), TODAY, CODES).after();

    private static ChildProtectionEnquiry discussed(LocalDate on) {
        return ChildProtectionEnquiry.open(UUID.randomUUID(), REFERRAL, on, TODAY).after();
    }

    /** Strategy discussion Monday 2 September 2024, section 47 the same day, concluded for a conference on the 9th. */
    private static ChildProtectionEnquiry readyForConference() {
        return discussed(of(2024, 9, 2)).startSection47(of(2024, 9, 2), TODAY).after()
                .concludeSection47(of(2024, 9, 9), "INITIAL_CONFERENCE", TODAY).after();
    }

    private static ChildProtectionEnquiry conferenceDecidedPlan(LocalDate on) {
        return readyForConference().holdInitialConference(on, "CHILD_PROTECTION_PLAN", TODAY).after();
    }

    private static ChildProtectionPlan plan(LocalDate conference, String category) {
        return ChildProtectionPlan.start(UUID.randomUUID(), conferenceDecidedPlan(conference), conference, category,
                FIRST_PLAN, TODAY, CODES).after();
    }

    private static List<String> refusedFields(Runnable action) {
        var e = assertThrows(InvalidInput.class, action::run);
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Nested
    class Enquiries {
        @Test
        void the_conference_is_due_15_working_days_after_the_strategy_discussion() {
            // Monday 2 September 2024 + 15 working days (no bank holidays) = Monday 23 September.
            assertEquals(of(2024, 9, 23), discussed(of(2024, 9, 2)).conferenceDueDate());
        }

        @Test
        void a_further_strategy_discussion_moves_the_due_date() {
            var e = discussed(of(2024, 9, 2)).withStrategyDiscussion(of(2024, 9, 4), TODAY).after();
            assertEquals(List.of(of(2024, 9, 2), of(2024, 9, 4)), e.strategyDiscussions());
            assertEquals(of(2024, 9, 25), e.conferenceDueDate());
            assertEquals(List.of("discussionDate"), refusedFields(() -> e.withStrategyDiscussion(of(2024, 9, 4), TODAY)));
        }

        @Test
        void a_discussion_cannot_precede_the_referral_or_be_in_the_future() {
            assertEquals(List.of("discussionDate"), refusedFields(() -> discussed(of(2024, 9, 1))));
            assertEquals(List.of("discussionDate"), refusedFields(() -> discussed(TODAY.plusDays(1))));
        }

        @Test
        void section_47_starts_once_not_before_the_discussion_and_concludes_after_it_starts() {
            var e = discussed(of(2024, 9, 2));
            assertEquals(List.of("startDate"), refusedFields(() -> e.startSection47(of(2024, 9, 1), TODAY)));
            assertThrows(Conflict.class, () -> e.concludeSection47(of(2024, 9, 3), "INITIAL_CONFERENCE", TODAY));
            var started = e.startSection47(of(2024, 9, 3), TODAY).after();
            assertThrows(Conflict.class, () -> started.startSection47(of(2024, 9, 4), TODAY));
            assertEquals(List.of("outcomeDate", "outcome"),
                    refusedFields(() -> started.concludeSection47(of(2024, 9, 2), "SUBSTANTIATED", TODAY)));
        }

        @Test
        void a_conference_follows_a_section_47_that_called_for_one() {
            var noConference = discussed(of(2024, 9, 2)).startSection47(of(2024, 9, 2), TODAY).after()
                    .concludeSection47(of(2024, 9, 6), "CHILD_IN_NEED_PLAN", TODAY).after();
            assertTrue(noConference.conferenceNotRequired());
            assertThrows(Conflict.class, () -> noConference.holdInitialConference(of(2024, 9, 10), "NO_PLAN", TODAY));
            assertFalse(readyForConference().conferenceNotRequired());
        }

        @Test
        void the_conference_is_timely_up_to_its_due_day() {
            assertEquals(Optional.of(true), conferenceDecidedPlan(of(2024, 9, 23)).conferenceWithinTimescale());
            assertEquals(Optional.of(false), conferenceDecidedPlan(of(2024, 9, 24)).conferenceWithinTimescale());
            assertEquals(Optional.empty(), readyForConference().conferenceWithinTimescale());
        }

        @Test
        void no_strategy_discussion_after_the_conference_and_no_second_conference() {
            var held = conferenceDecidedPlan(of(2024, 9, 20));
            assertThrows(Conflict.class, () -> held.withStrategyDiscussion(of(2024, 9, 25), TODAY));
            assertThrows(Conflict.class, () -> held.holdInitialConference(of(2024, 9, 21), "NO_PLAN", TODAY));
            assertEquals(List.of("conferenceDate", "outcome"),
                    refusedFields(() -> readyForConference().holdInitialConference(of(2024, 9, 1), "MAYBE", TODAY)));
        }
    }

    @Nested
    class Plans {
        @Test
        void a_plan_needs_a_category_of_abuse() {
            var enquiry = conferenceDecidedPlan(of(2024, 9, 20));
            assertEquals(List.of("category"), refusedFields(() -> ChildProtectionPlan.start(UUID.randomUUID(), enquiry,
                    of(2024, 9, 20), null, FIRST_PLAN, TODAY, CODES)));
            var e = assertThrows(InvalidInput.class, () -> ChildProtectionPlan.start(UUID.randomUUID(), enquiry,
                    of(2024, 9, 20), "NEGLECT", FIRST_PLAN, TODAY, CODES));
            assertEquals("is not a CIN census category of abuse code", e.violations().getFirst().reason());
            for (String category : List.of("NEG", "PHY", "SAB", "EMO", "MUL")) {
                assertEquals(category, plan(of(2024, 9, 20), category).initialCategory());
            }
        }

        @Test
        void a_plan_starts_from_a_conference_that_decided_on_one_not_before_it() {
            var noPlan = readyForConference().holdInitialConference(of(2024, 9, 20), "NO_PLAN", TODAY).after();
            assertThrows(Conflict.class, () -> ChildProtectionPlan.start(UUID.randomUUID(), noPlan, of(2024, 9, 20),
                    "NEG", FIRST_PLAN, TODAY, CODES));
            assertEquals(List.of("startDate"), refusedFields(() -> ChildProtectionPlan.start(UUID.randomUUID(),
                    conferenceDecidedPlan(of(2024, 9, 20)), of(2024, 9, 19), "NEG", FIRST_PLAN, TODAY, CODES)));
        }

        @Test
        void a_child_cannot_have_two_open_plans() {
            assertThrows(Conflict.class, () -> ChildProtectionPlan.start(UUID.randomUUID(),
                    conferenceDecidedPlan(of(2024, 9, 20)), of(2024, 9, 20), "NEG", new ChildsPlans(1, true, null),
                    TODAY, CODES));
        }

        @Test
        void a_plan_after_a_previous_one_is_a_repeat_and_cannot_start_before_it_ended() {
            assertFalse(plan(of(2024, 9, 20), "NEG").isRepeat());
            var enquiry = conferenceDecidedPlan(of(2024, 9, 20));
            var second = ChildProtectionPlan.start(UUID.randomUUID(), enquiry, of(2024, 9, 20), "EMO",
                    new ChildsPlans(1, false, of(2023, 2, 1)), TODAY, CODES).after();
            assertTrue(second.isRepeat());
            assertEquals(1, second.previousPlans());
            assertEquals(List.of("startDate"), refusedFields(() -> ChildProtectionPlan.start(UUID.randomUUID(), enquiry,
                    of(2024, 9, 20), "EMO", new ChildsPlans(1, false, of(2024, 9, 21)), TODAY, CODES)));
        }

        @Test
        void reviews_are_due_3_months_after_the_conference_then_6_months_after_each_review() {
            var p = plan(of(2024, 9, 20), "NEG");
            assertEquals(of(2024, 12, 20), p.nextReviewDue());
            var first = p.review(of(2024, 12, 23), null, TODAY, CODES).after();       // 3 days late
            assertEquals(of(2025, 6, 23), first.nextReviewDue(), "counted from the review as held");
            var second = first.review(of(2025, 6, 16), "MUL", TODAY, CODES).after();
            assertEquals(of(2025, 12, 16), second.nextReviewDue());
            assertEquals(List.of(new ChildProtectionPlan.ReviewTimeliness(of(2024, 12, 23), of(2024, 12, 20), false),
                            new ChildProtectionPlan.ReviewTimeliness(of(2025, 6, 16), of(2025, 6, 23), true)),
                    second.reviewTimeliness());
            assertEquals("NEG", second.initialCategory());
            assertEquals("MUL", second.latestCategory(), "a review may change the category");
        }

        @Test
        void a_review_follows_the_start_and_the_previous_review() {
            var p = plan(of(2024, 9, 20), "NEG");
            assertEquals(List.of("reviewDate"), refusedFields(() -> p.review(of(2024, 9, 19), null, TODAY, CODES)));
            var reviewed = p.review(of(2024, 12, 12), null, TODAY, CODES).after();
            assertEquals(List.of("reviewDate"), refusedFields(() -> reviewed.review(of(2024, 12, 12), null, TODAY, CODES)));
            assertEquals(List.of("category"), refusedFields(() -> reviewed.review(of(2025, 1, 12), "XYZ", TODAY, CODES)));
        }

        @Test
        void a_plan_ends_once_with_a_reason_not_before_its_start_or_last_review() {
            var p = plan(of(2024, 9, 20), "NEG").review(of(2024, 12, 12), null, TODAY, CODES).after();
            assertEquals(List.of("endDate", "reason"), refusedFields(() -> p.end(of(2024, 12, 11), null, TODAY)));
            var ended = p.end(of(2025, 3, 14), "NO_LONGER_AT_RISK", TODAY).after();
            assertEquals(PlanEndReason.NO_LONGER_AT_RISK, ended.endReason());
            assertNull(ended.nextReviewDue());
            assertThrows(Conflict.class, () -> ended.end(of(2025, 3, 15), "OTHER", TODAY));
            assertThrows(Conflict.class, () -> ended.review(of(2025, 3, 15), null, TODAY, CODES));
        }

        @Test
        void a_plan_says_it_started_and_ended_and_each_change_moves_it_to_its_next_version() {
            Changed<ChildProtectionPlan> started = ChildProtectionPlan.start(UUID.randomUUID(),
                    conferenceDecidedPlan(of(2024, 9, 20)), of(2024, 9, 20), "NEG", FIRST_PLAN, TODAY, CODES);
            assertEquals(0, started.after().version());
            assertEquals(List.of(new ChildProtectionPlan.Started(started.after())), started.events());
            Changed<ChildProtectionPlan> reviewed = started.after().review(of(2024, 12, 12), null, TODAY, CODES);
            assertEquals(1, reviewed.after().version());
            assertEquals(List.of(), reviewed.events(), "a review is not published");
            Changed<ChildProtectionPlan> ended = reviewed.after().end(of(2025, 3, 14), "NO_LONGER_AT_RISK", TODAY);
            assertEquals(2, ended.after().version());
            assertEquals(List.of(new ChildProtectionPlan.Ended(ended.after())), ended.events());
        }

        @Test
        void on_a_plan_at_the_end_of_a_day_from_its_start_until_the_day_before_it_ends() {
            var ended = plan(of(2024, 9, 20), "NEG").end(of(2025, 3, 14), "NO_LONGER_AT_RISK", TODAY).after();
            assertFalse(ended.isOpenAtEndOf(of(2024, 9, 19)));
            assertTrue(ended.isOpenAtEndOf(of(2024, 9, 20)));
            assertTrue(ended.isOpenAtEndOf(of(2025, 3, 13)));
            assertFalse(ended.isOpenAtEndOf(of(2025, 3, 14)));
        }
    }
}
