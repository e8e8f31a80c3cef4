package org.cypf.socialcare.assessment.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Referrals (re-referrals, closure) and assessments (45 working days, factors, outcome). */
class ReferralAndAssessmentTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final CinCensusCodes CODES = CinCensusCodes.standard();
    private static final ChildId CHILD = ChildId.newId();
    private static final Instant T0 = Instant.parse("2025-06-30T08:00:00Z");

    private static Referral referral(LocalDate date, Instant recordedAt) {
        return Referral.open(UUID.randomUUID(), CHILD, date, "6", null, recordedAt, TODAY, CODES).after();
    }

    private static Referral referral(LocalDate date) {
        return referral(date, T0);
    }

    private static List<String> refusedFields(Runnable action) {
        var e = assertThrows(InvalidInput.class, action::run);
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Nested
    class Referrals {
        @Test
        void a_referral_needs_a_date_not_in_the_future_and_a_census_source() {
            assertEquals(List.of("referralDate", "source"), refusedFields(() ->
                    Referral.open(UUID.randomUUID(), CHILD, TODAY.plusDays(1), "police", null, T0, TODAY, CODES)));
            assertEquals(List.of("referralDate", "source"), refusedFields(() ->
                    Referral.open(UUID.randomUUID(), CHILD, null, null, null, T0, TODAY, CODES)));
        }

        @ParameterizedTest(name = "previous {0}, this {1}: re-referral {2}")
        @CsvSource({
                "2024-06-30, 2025-06-29, true",   // 11 months 30 days later
                "2024-06-29, 2025-06-28, true",
                "2024-06-30, 2025-06-30, false",  // exactly 12 months later: not within 12 months
                "2024-03-01, 2025-02-28, true",
                "2023-06-30, 2025-06-30, false",
        })
        void a_re_referral_is_less_than_12_months_after_a_previous_referral(LocalDate previous, LocalDate date,
                                                                          boolean expected) {
            Referral earlier = referral(previous);
            Referral later = referral(date);
            assertEquals(expected, later.isReReferral(List.of(earlier, later)));
            assertFalse(earlier.isReReferral(List.of(earlier, later)), "the earlier one is not");
        }

        @Test
        void the_first_of_two_on_one_day_is_not_a_re_referral_and_the_second_is() {
            Referral first = referral(of(2025, 5, 1), T0);
            Referral second = referral(of(2025, 5, 1), T0.plusSeconds(1));
            assertFalse(first.isReReferral(List.of(second, first)));
            assertTrue(second.isReReferral(List.of(second, first)));
        }

        @Test
        void another_childs_referral_does_not_make_a_re_referral() {
            Referral other = Referral.open(UUID.randomUUID(), ChildId.newId(), of(2025, 1, 1), "6", null, T0, TODAY, CODES)
                    .after();
            assertFalse(referral(of(2025, 5, 1)).isReReferral(List.of(other)));
        }

        @Test
        void closing_needs_a_census_reason_and_a_date_on_or_after_the_referral() {
            Referral r = referral(of(2025, 5, 1));
            assertEquals(List.of("closureDate", "reason"), refusedFields(() -> r.close(of(2025, 4, 30), "RC10", false, TODAY, CODES)));
            Changed<Referral> closing = r.close(of(2025, 6, 2), "RC8", false, TODAY, CODES);
            Referral closed = closing.after();
            assertTrue(closed.isClosed());
            assertEquals(r.version() + 1, closed.version(), "a change moves the referral to its next version");
            assertEquals(List.of(), closing.events(), "closing a referral raises nothing others are told of");
            assertThrows(Conflict.class, () -> closed.close(of(2025, 6, 3), "RC7", false, TODAY, CODES));
        }

        @Test
        void a_referral_with_an_assessment_in_progress_cannot_close() {
            assertThrows(Conflict.class, () -> referral(of(2025, 5, 1)).close(of(2025, 6, 2), "RC8", true, TODAY, CODES));
        }
    }

    @Nested
    class Assessments {
        private final Referral referral = referral(of(2025, 3, 3));

        private Assessment started() {
            return Assessment.start(UUID.randomUUID(), referral, of(2025, 3, 4), false, TODAY).after();
        }

        @Test
        void due_45_working_days_after_the_referral_date() {
            // From Monday 3 March 2025: 4-31 March is 20 working days; April adds 22 weekdays less Good Friday (18)
            // and Easter Monday (21) = 20, so 40 by 30 April; May 1, 2, (5 is a bank holiday) 6, 7, 8 -> 45 on 8 May.
            assertEquals(of(2025, 5, 8), started().dueDate());
            assertEquals(of(2025, 5, 8), Assessment.dueDateFor(of(2025, 3, 3)));
        }

        @Test
        void cannot_start_before_the_referral_or_on_a_closed_referral_or_twice() {
            assertEquals(List.of("startDate"), refusedFields(() -> Assessment.start(UUID.randomUUID(), referral,
                    of(2025, 3, 2), false, TODAY)));
            assertThrows(Conflict.class, () -> Assessment.start(UUID.randomUUID(), referral, of(2025, 3, 4), true, TODAY));
            Referral closed = referral.close(of(2025, 3, 5), "RC7", false, TODAY, CODES).after();
            assertThrows(Conflict.class, () -> Assessment.start(UUID.randomUUID(), closed, of(2025, 3, 6), false, TODAY));
        }

        @Test
        void an_assessment_cannot_complete_before_it_starts() {
            assertEquals(List.of("completedDate"), refusedFields(() -> started()
                    .complete(of(2025, 3, 3), of(2025, 3, 10), List.of("3B"), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
        }

        @Test
        void authorisation_cannot_precede_completion_and_nothing_is_in_the_future() {
            assertEquals(List.of("authorisedDate"), refusedFields(() -> started()
                    .complete(of(2025, 3, 10), of(2025, 3, 9), List.of("3B"), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
            assertEquals(List.of("completedDate", "authorisedDate"), refusedFields(() -> started()
                    .complete(TODAY.plusDays(1), TODAY.plusDays(1), List.of("3B"), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
        }

        @Test
        void completing_records_factors_outcome_and_timeliness() {
            Assessment done = started().complete(of(2025, 5, 6), of(2025, 5, 8), List.of("3B", "4B", "16A"),
                    "CHILD_PROTECTION_ENQUIRY", TODAY, CODES).after();
            assertEquals(List.of("3B", "4B", "16A"), done.factors());
            assertEquals(1, done.version(), "completing moves the assessment to its next version");
            assertEquals(AssessmentOutcome.CHILD_PROTECTION_ENQUIRY, done.outcome());
            assertEquals(Optional.of(true), done.authorisedWithinTimescale(), "authorised on the due day");
            assertEquals(Optional.of(45), done.workingDaysToAuthorisation(referral.referralDate()));
            Assessment late = started().complete(of(2025, 5, 8), of(2025, 5, 9), List.of("21"), "NO_FURTHER_ACTION", TODAY, CODES)
                    .after();
            assertEquals(Optional.of(false), late.authorisedWithinTimescale());
            assertThrows(Conflict.class, () -> done.complete(of(2025, 5, 9), of(2025, 5, 9), List.of("21"),
                    "NO_FURTHER_ACTION", TODAY, CODES));
        }

        @Test
        void factors_are_census_codes_none_twice_and_21_only_alone() {
            Assessment a = started();
            assertEquals(List.of("factors"), refusedFields(() -> a.complete(of(2025, 5, 6), of(2025, 5, 6), List.of(),
                    "NO_FURTHER_ACTION", TODAY, CODES)));
            assertEquals(List.of("factors"), refusedFields(() -> a.complete(of(2025, 5, 6), of(2025, 5, 6),
                    List.of("21", "3B"), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
            assertEquals(List.of("factors[1]", "factors[2]"), refusedFields(() -> a.complete(of(2025, 5, 6),
                    of(2025, 5, 6), List.of("3B", "3B", "18A"), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
            assertEquals(List.of("factors[0]"), refusedFields(() -> a.complete(of(2025, 5, 6), of(2025, 5, 6),
                    new ArrayList<>(Arrays.asList((String) null)), "CHILD_IN_NEED_PLAN", TODAY, CODES)));
        }

        @Test
        void the_outcome_is_one_of_three() {
            assertEquals(List.of("outcome"), refusedFields(() -> started().complete(of(2025, 5, 6), of(2025, 5, 6),
                    List.of("21"), "CLOSE", TODAY, CODES)));
        }
    }
}
