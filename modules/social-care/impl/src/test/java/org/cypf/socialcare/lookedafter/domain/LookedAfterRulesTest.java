package org.cypf.socialcare.lookedafter.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reviews and their due dates, missing episodes, UASC, placement kinds and placement stability. */
class LookedAfterRulesTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final Ssda903Codes CODES = Ssda903Codes.standard();
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.england();
    private static final Child CHILD = new Child(ChildId.newId(), "R1001", null, null, of(2015, 2, 1), "1");
    private static final Child TODDLER = new Child(ChildId.newId(), "R1002", null, null, of(2022, 3, 1), "2");

    private static Episode ep(LocalDate start, String rne, String place, LocalDate end, String rec) {
        return new Episode(UUID.randomUUID(), start, rne, "C2", "N1", place, "PR1", null, null, null, end, rec);
    }

    private static PeriodOfCare period(Child child, Episode... episodes) {
        return PeriodOfCare.rebuild(UUID.randomUUID(), child.id(), List.of(episodes), 0);
    }

    @Nested
    class Reviews {
        // Monday 6 May 2024; 20 working days later, skipping the spring bank holiday (27 May), is Tuesday 4 June.
        private final PeriodOfCare period = period(CHILD, ep(of(2024, 5, 6), "S", "U6", null, null));

        private LookedAfterReview review(PeriodOfCare p, Child child, LocalDate on, String code, List<LookedAfterReview> earlier) {
            return LookedAfterReview.record(UUID.randomUUID(), p, child, on, code, earlier, TODAY, CODES).after();
        }

        @Test
        void the_first_is_due_20_working_days_after_becoming_looked_after() {
            assertEquals(of(2024, 6, 4), ReviewSchedule.firstDue(of(2024, 5, 6), ENGLAND));
            ReviewSchedule none = ReviewSchedule.of(period, List.of(), ENGLAND);
            assertEquals(of(2024, 6, 4), none.nextDueBy());
        }

        @Test
        void the_second_within_3_months_of_the_first_then_every_6_months_from_the_one_before() {
            List<LookedAfterReview> held = new ArrayList<>();
            held.add(review(period, CHILD, of(2024, 6, 3), "PN1", held));   // due 4 June: on time
            held.add(review(period, CHILD, of(2024, 9, 10), "PN6", held));  // due 3 September: late
            held.add(review(period, CHILD, of(2025, 3, 1), "PN1", held));   // due 10 March 2025 (from the late one): on time

            ReviewSchedule schedule = ReviewSchedule.of(period, held, ENGLAND);
            assertEquals(List.of(of(2024, 6, 4), of(2024, 9, 3), of(2025, 3, 10)),
                    schedule.held().stream().map(ReviewSchedule.Held::dueBy).toList());
            assertEquals(List.of(true, false, true), schedule.held().stream().map(ReviewSchedule.Held::onTime).toList());
            assertEquals(List.of(1, 2, 3), schedule.held().stream().map(ReviewSchedule.Held::number).toList());
            assertEquals(of(2025, 9, 1), schedule.nextDueBy());
        }

        @Test
        void no_next_review_once_the_period_has_ended() {
            PeriodOfCare ended = period(CHILD, ep(of(2024, 5, 6), "S", "U6", of(2024, 12, 1), "E4A"));
            assertNull(ReviewSchedule.of(ended, List.of(), ENGLAND).nextDueBy());
        }

        @Test
        void a_review_is_held_while_the_child_is_looked_after_and_coded_PN0_only_under_4() {
            assertEquals(List.of("date"), fields(() -> review(period, CHILD, of(2024, 5, 5), "PN1", List.of())));
            assertEquals(List.of("date"), fields(() -> review(period, CHILD, TODAY.plusDays(1), "PN1", List.of())));
            assertEquals(List.of("participation"), fields(() -> review(period, CHILD, of(2024, 6, 3), "PN0", List.of())));
            assertEquals(List.of("participation"), fields(() -> review(period, CHILD, of(2024, 6, 3), "PN9", List.of())));
            PeriodOfCare toddlers = period(TODDLER, ep(of(2024, 5, 6), "S", "U6", null, null));
            assertEquals(List.of("participation"), fields(() -> review(toddlers, TODDLER, of(2024, 6, 3), "PN1", List.of())));
            assertEquals("PN0", review(toddlers, TODDLER, of(2024, 6, 3), "PN0", List.of()).participation());
        }

        @Test
        void one_review_a_day() {
            var first = review(period, CHILD, of(2024, 6, 3), "PN1", List.of());
            assertThrows(Conflict.class, () -> review(period, CHILD, of(2024, 6, 3), "PN2", List.of(first)));
        }
    }

    @Nested
    class Missing {
        private final List<PeriodOfCare> periods = List.of(period(CHILD, ep(of(2024, 5, 6), "S", "U6", of(2025, 1, 10), "E4A")));

        private MissingEpisode start(LocalDate from, LocalDate to, List<MissingEpisode> recorded) {
            return MissingEpisode.start(UUID.randomUUID(), CHILD.id(), "M", from, to, periods, recorded, TODAY, CODES).after();
        }

        @Test
        void a_child_goes_missing_while_looked_after_and_comes_back() {
            MissingEpisode gone = start(of(2024, 7, 1), null, List.of());
            MissingEpisode back = gone.end(of(2024, 7, 3), TODAY).after();
            assertEquals(of(2024, 7, 3), back.endDate());
            assertThrows(Conflict.class, () -> back.end(of(2024, 7, 4), TODAY), "already back");
            assertEquals(List.of("endDate"), fields(() -> gone.end(of(2024, 6, 30), TODAY)));
        }

        @Test
        void only_while_looked_after_with_a_known_kind() {
            assertEquals(List.of("startDate"), fields(() -> start(of(2025, 2, 1), null, List.of())));
            assertEquals(List.of("kind"), fields(() -> MissingEpisode.start(UUID.randomUUID(), CHILD.id(), "X",
                    of(2024, 7, 1), null, periods, List.of(), TODAY, CODES)));
        }

        @Test
        void a_child_cannot_be_missing_twice_at_once() {
            MissingEpisode open = start(of(2024, 7, 1), null, List.of());
            assertThrows(Conflict.class, () -> start(of(2024, 8, 1), of(2024, 8, 2), List.of(open)));
            MissingEpisode closed = start(of(2024, 7, 1), of(2024, 7, 3), List.of());
            assertThrows(Conflict.class, () -> start(of(2024, 7, 3), null, List.of(closed)), "the day they came back");
            assertEquals(of(2024, 7, 4), start(of(2024, 7, 4), null, List.of(closed)).startDate());
        }
    }

    @Nested
    class Uasc {
        @Test
        void ceases_at_the_latest_at_18() {
            var child = new Child(ChildId.newId(), "U1", null, null, of(2008, 3, 2), "1");
            assertNull(UnaccompaniedAsylumSeeker.notYetRecorded(child.id()).record(child, null, TODAY).after().dateCeased());
            assertEquals(of(2026, 3, 2), UnaccompaniedAsylumSeeker.notYetRecorded(child.id()).record(child, null, TODAY).after().returnedDateCeased(child));
            assertEquals(List.of("dateCeased"), fields(() -> UnaccompaniedAsylumSeeker.notYetRecorded(child.id()).record(child, of(2026, 3, 3), TODAY)));
            assertEquals(List.of("dateCeased"), fields(() -> UnaccompaniedAsylumSeeker.notYetRecorded(child.id()).record(child, of(2007, 1, 1), TODAY)));
            assertEquals(of(2025, 1, 1), UnaccompaniedAsylumSeeker.notYetRecorded(child.id()).record(child, of(2025, 1, 1), TODAY).after().dateCeased());
        }
    }

    @Nested
    class Kinds {
        @ParameterizedTest(name = "{0} with {1} is {2}")
        @CsvSource({
                "U1, PR1, KINSHIP", "U3, PR4, KINSHIP", "U2, PR2, KINSHIP",
                "U4, PR1, IN_HOUSE_FOSTERING", "U6, PR1, IN_HOUSE_FOSTERING",
                "U5, PR4, AGENCY_FOSTERING", "U6, PR5, AGENCY_FOSTERING", "U6, PR2, OTHER",
                "K2, PR1, IN_HOUSE_RESIDENTIAL", "K1, PR1, IN_HOUSE_RESIDENTIAL", "R1, PR1, IN_HOUSE_RESIDENTIAL",
                "K2, PR4, INDEPENDENT_RESIDENTIAL", "R1, PR5, INDEPENDENT_RESIDENTIAL", "K2, PR3, OTHER",
                "K3, PR4, OTHER", "H5, PR4, OTHER",
                "P1, PR0, PLACED_WITH_PARENTS",
                "A6, PR1, OTHER", "S1, PR4, OTHER", "T4, PR1, OTHER", "Z11, PR4, OTHER",
        })
        void every_placement_has_one_kind(String type, String provider, PlacementKind kind) {
            assertEquals(kind, PlacementKind.of(type, provider));
        }
    }

    @Nested
    class Stability {
        @Test
        void counts_placements_open_in_the_window_and_not_changes_of_legal_status() {
            // Window 1 April 2024 to 31 March 2025.
            List<Episode> history = List.of(
                    ep(of(2023, 1, 1), "S", "U6", of(2024, 3, 31), "X1"),    // ended the day before: not counted
                    ep(of(2024, 3, 31), "P", "U4", of(2024, 6, 1), "X1"),    // open on 1 April: 1
                    ep(of(2024, 6, 1), "L", "U4", of(2024, 9, 1), "X1"),     // legal status only: still 1
                    ep(of(2024, 9, 1), "P", "K2", of(2025, 3, 31), "X1"),    // 2
                    ep(of(2025, 3, 31), "P", "U6", null, null));              // 3
            assertEquals(3, PlacementStability.placementsBetween(history, of(2024, 4, 1), of(2025, 3, 31)));
            assertEquals(2, PlacementStability.placementsBetween(history, of(2024, 4, 1), of(2025, 3, 30)));
        }

        @Test
        void a_window_opening_in_an_L_episode_counts_the_placement_the_child_is_in() {
            List<Episode> history = List.of(ep(of(2023, 1, 1), "S", "U6", of(2023, 6, 1), "X1"),
                    ep(of(2023, 6, 1), "L", "U6", null, null));
            assertEquals(1, PlacementStability.placementsBetween(history, of(2024, 4, 1), of(2025, 3, 31)));
        }

        @Test
        void the_same_carer_runs_through_L_T_and_U_and_changes_with_P() {
            PeriodOfCare p = period(CHILD,
                    ep(of(2020, 1, 1), "S", "U6", of(2021, 1, 1), "X1"),
                    ep(of(2021, 1, 1), "P", "U6", of(2022, 1, 1), "X1"),
                    ep(of(2022, 1, 1), "L", "U6", of(2023, 1, 1), "X1"),
                    ep(of(2023, 1, 1), "T", "U4", null, null));
            assertEquals(of(2021, 1, 1), PlacementStability.withTheSameCarerSince(p, of(2025, 3, 31)));
            assertEquals(of(2020, 1, 1), PlacementStability.withTheSameCarerSince(p, of(2020, 12, 31)));
            assertNull(PlacementStability.withTheSameCarerSince(p, of(2019, 12, 31)));
        }
    }

    private static List<String> fields(Runnable action) {
        var e = assertThrows(InvalidInput.class, action::run);
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void days_looked_after_leave_out_short_breaks_and_the_day_an_episode_ends() {
        PeriodOfCare p = period(CHILD, new Episode(UUID.randomUUID(), of(2024, 1, 1), "S", "V3", "N2", "U6", "PR1",
                null, null, null, of(2024, 1, 11), "X1"), ep(of(2024, 1, 11), "L", "U6", of(2024, 1, 21), "E4A"));
        // 11 to 20 January under C2: 10 days; the V3 short breaks before do not count.
        assertEquals(10, p.daysLookedAfterBetween(of(2023, 1, 1), of(2024, 12, 31)));
        assertFalse(p.countsAsLookedAfterOn(of(2024, 1, 5)));
        assertTrue(p.countsAsLookedAfterOn(of(2024, 1, 11)));
    }
}
