package org.cypf.socialcare.lookedafter.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period-of-care aggregate: SSDA903 codes by collection year, dates, and the "looked after on" rule. */
class PeriodOfCareTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final Ssda903Codes CODES = Ssda903Codes.standard();
    private static final Child CHILD = new Child(ChildId.newId(), "C1001", null, null, of(2012, 5, 17), "1");

    private static PeriodOfCare.FirstEpisode first(LocalDate start, String legalStatus, String placementType) {
        return new PeriodOfCare.FirstEpisode(start, legalStatus, "N1", placementType, "PR1",
                Postcode.parse("ST4 1HH"), null, "SC123456");
    }

    private static PeriodOfCare start(LocalDate start, String legalStatus, String placementType) {
        return PeriodOfCare.start(UUID.randomUUID(), CHILD, first(start, legalStatus, placementType), null, TODAY, CODES).after();
    }

    private static List<String> refusedFields(Runnable action) {
        var e = assertThrows(InvalidInput.class, action::run);
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    private static Episode episode(LocalDate start, String legalStatus, LocalDate end, String reasonCeased) {
        return new Episode(UUID.randomUUID(), start, "S", legalStatus, "N1", "U6", "PR1", null, null, null, end,
                reasonCeased);
    }

    private static PeriodOfCare period(Episode... episodes) {
        return PeriodOfCare.rebuild(UUID.randomUUID(), CHILD.id(), List.of(episodes), 0);
    }

    @Nested
    class Start {
        @Test
        void opens_a_period_with_one_open_episode_started_for_reason_S() {
            PeriodOfCare period = start(of(2025, 4, 7), "C2", "U6");

            assertTrue(period.isOpen());
            assertEquals(of(2025, 4, 7), period.startDate());
            assertNull(period.endDate());
            assertNull(period.reasonCeased());
            assertEquals(0, period.version());
            assertEquals(CHILD.id(), period.childId());
            Episode only = period.episodes().getFirst();
            assertEquals(1, period.episodes().size());
            assertEquals("S", only.reasonForNewEpisode());
            assertEquals("C2", only.legalStatus());
            assertEquals("U6", only.placementType());
            assertEquals("SC123456", only.placementUrn());
        }

        @Test
        void may_start_today_and_on_the_day_of_birth() {
            assertEquals(TODAY, start(TODAY, "V2", "U6").startDate());
            assertEquals(CHILD.dateOfBirth(), start(CHILD.dateOfBirth(), "L2", "U6").startDate());
        }

        @Test
        void refuses_a_start_in_the_future() {
            var e = assertThrows(InvalidInput.class, () -> start(TODAY.plusDays(1), "C2", "U6"));
            assertEquals(List.of(new FieldViolation("startDate", "must not be in the future")), e.violations());
        }

        @Test
        void refuses_a_start_before_the_childs_date_of_birth() {
            assertEquals(List.of("startDate"), refusedFields(() -> start(CHILD.dateOfBirth().minusDays(1), "C2", "U6")));
        }

        @Test
        void refuses_unknown_codes_naming_each_field() {
            assertEquals(List.of("legalStatus"), refusedFields(() -> start(of(2025, 1, 6), "C9", "U6")));
            assertEquals(List.of("placement.placementType"), refusedFields(() -> start(of(2025, 1, 6), "C2", "Q1")));
            var e = assertThrows(InvalidInput.class, () -> start(of(2025, 1, 6), "C2", "Q1"));
            assertEquals("is not an SSDA903 placement type code", e.violations().getFirst().reason());
        }

        @Test
        void refuses_a_missing_code_as_required() {
            var e = assertThrows(InvalidInput.class, () -> start(of(2025, 1, 6), " ", "U6"));
            assertEquals(List.of(new FieldViolation("legalStatus", "is required")), e.violations());
        }

        @ParameterizedTest(name = "{0} starting {1}: {2}")
        @CsvSource({
                // K3 supported accommodation arrived in 2024-25
                "K3, 2024-03-31, refused",
                "K3, 2024-04-01, accepted",
                // H5 semi-independent living and Z1 other were dropped from 2025-26
                "H5, 2025-03-31, accepted",
                "H5, 2025-04-01, refused",
                "Z1, 2025-04-01, refused",
                // Z11-Z14 replace Z1 from 2025-26
                "Z11, 2025-03-31, refused",
                "Z11, 2025-04-01, accepted",
                "Z14, 2025-06-30, accepted",
        })
        void placement_types_are_valid_for_the_collection_year_of_the_start(String code, LocalDate start,
                                                                             String expected) {
            if (expected.equals("accepted")) {
                assertEquals(code, start(start, "C2", code).lastEpisode().placementType());
            } else {
                var e = assertThrows(InvalidInput.class, () -> start(start, "C2", code));
                assertEquals("placement.placementType", e.violations().getFirst().field());
                int year = Ssda903Codes.collectionYear(start);
                assertEquals("is not valid in the " + year + "-" + (year + 1) % 100 + " collection year",
                        e.violations().getFirst().reason());
            }
        }

        @Test
        void reports_every_broken_rule_at_once() {
            var bad = new PeriodOfCare.FirstEpisode(TODAY.plusDays(3), "C9", "N9", "Q1", "PR9", null, null, "URN 1");
            var e = assertThrows(InvalidInput.class,
                    () -> PeriodOfCare.start(UUID.randomUUID(), CHILD, bad, null, TODAY, CODES));

            assertEquals(List.of("startDate", "legalStatus", "categoryOfNeed", "placement.placementType",
                    "placement.provider", "placement.urn"), e.violations().stream().map(FieldViolation::field).toList());
            assertEquals("6 fields are invalid", e.getMessage());
        }

        @Test
        void a_start_both_in_the_future_and_before_birth_names_both_reasons() {
            var unborn = new Child(ChildId.newId(), "C1002", null, null, TODAY.plusDays(10), "2");
            var e = assertThrows(InvalidInput.class, () -> PeriodOfCare.start(UUID.randomUUID(), unborn,
                    first(TODAY.plusDays(5), "C2", "U6"), null, TODAY, CODES));
            assertEquals(List.of("startDate", "startDate"),
                    e.violations().stream().map(FieldViolation::field).toList());
        }

        @Test
        void may_not_start_inside_the_childs_previous_period_of_care() {
            LocalDate previousEnd = of(2025, 3, 1);
            var e = assertThrows(InvalidInput.class, () -> PeriodOfCare.start(UUID.randomUUID(), CHILD,
                    first(previousEnd.minusDays(1), "C2", "U6"), previousEnd, TODAY, CODES));
            assertEquals(List.of(new FieldViolation("startDate",
                    "must not be before the end of the child's previous period of care (2025-03-01)")), e.violations());
            var sameDay = assertThrows(InvalidInput.class, () -> PeriodOfCare.start(UUID.randomUUID(), CHILD,
                    first(previousEnd, "C2", "U6"), previousEnd, TODAY, CODES));
            assertEquals(List.of(new FieldViolation("startDate", "must be after the day the child's previous period of "
                    + "care ended (2025-03-01): a new period does not start the day the last one ended (DfE rule 431)")),
                    sameDay.violations(), "the DfE refuses a new period the day the last ended");
            assertEquals(previousEnd.plusDays(1), PeriodOfCare.start(UUID.randomUUID(), CHILD,
                    first(previousEnd.plusDays(1), "C2", "U6"), previousEnd, TODAY, CODES).after().startDate(),
                    "the next day is allowed");
        }

        @Test
        void missing_values_are_refused_as_required_with_the_other_mistakes() {
            var empty = new PeriodOfCare.FirstEpisode(null, null, "N9", null, null, null, null, null);
            var e = assertThrows(InvalidInput.class,
                    () -> PeriodOfCare.start(UUID.randomUUID(), CHILD, empty, null, TODAY, CODES));
            assertEquals(List.of(new FieldViolation("startDate", "is required"),
                    new FieldViolation("legalStatus", "is required"),
                    new FieldViolation("categoryOfNeed", "is not an SSDA903 category of need code"),
                    new FieldViolation("placement.placementType", "is required"),
                    new FieldViolation("placement.provider", "is required")), e.violations());
        }

        @Test
        void accepts_an_ofsted_urn_with_or_without_prefix_and_refuses_anything_else() {
            for (String urn : List.of("SC123456", "EY1234567", "123456")) {
                var ok = new PeriodOfCare.FirstEpisode(of(2025, 1, 6), "C2", "N1", "K2", "PR4", null, null, urn);
                assertEquals(urn, PeriodOfCare.start(UUID.randomUUID(), CHILD, ok, null, TODAY, CODES).after().lastEpisode().placementUrn());
            }
            var bad = new PeriodOfCare.FirstEpisode(of(2025, 1, 6), "C2", "N1", "K2", "PR4", null, null, "SC12");
            var e = assertThrows(InvalidInput.class, () -> PeriodOfCare.start(UUID.randomUUID(), CHILD, bad, null, TODAY, CODES));
            assertEquals(List.of("placement.urn"), e.violations().stream().map(FieldViolation::field).toList());
        }
    }

    @Nested
    class End {
        private final PeriodOfCare open = start(of(2025, 1, 6), "C2", "U6");

        @Test
        void ends_the_last_episode_with_the_reason_at_the_next_version() {
            PeriodOfCare ended = open.end(of(2025, 5, 2), "E4A", TODAY, CODES).after();

            assertFalse(ended.isOpen());
            assertEquals(of(2025, 5, 2), ended.endDate());
            assertEquals("E4A", ended.reasonCeased());
            assertEquals(of(2025, 5, 2), ended.lastEpisode().endDate());
            assertEquals("E4A", ended.lastEpisode().reasonCeased());
            assertEquals(open.version() + 1, ended.version(), "the aggregate moves its version; the store checks the one before");
            assertEquals(open.id(), ended.id());
            assertTrue(open.isOpen(), "the original is not changed");
        }

        @Test
        void may_end_on_the_day_it_started() {
            assertEquals(open.startDate(), open.end(open.startDate(), "E13", TODAY, CODES).after().endDate());
        }

        @Test
        void refuses_an_end_before_the_start_of_the_current_episode() {
            var e = assertThrows(InvalidInput.class, () -> open.end(of(2025, 1, 5), "E4A", TODAY, CODES));
            assertEquals("endDate", e.violations().getFirst().field());
            assertTrue(e.violations().getFirst().reason().contains("2025-01-06"));
        }

        @Test
        void refuses_an_end_in_the_future() {
            assertEquals(List.of("endDate"), refusedFields(() -> open.end(TODAY.plusDays(1), "E4A", TODAY, CODES)));
        }

        @Test
        void refuses_X1_because_it_means_a_new_episode_follows() {
            var e = assertThrows(InvalidInput.class, () -> open.end(of(2025, 5, 2), "X1", TODAY, CODES));
            assertEquals("reasonCeased", e.violations().getFirst().field());
            assertTrue(e.violations().getFirst().reason().startsWith("X1 means a new episode follows"));
        }

        @Test
        void refuses_an_unknown_or_missing_reason() {
            assertEquals(List.of("reasonCeased"), refusedFields(() -> open.end(of(2025, 5, 2), "E99", TODAY, CODES)));
            assertEquals(List.of("reasonCeased"), refusedFields(() -> open.end(of(2025, 5, 2), null, TODAY, CODES)));
        }

        @Test
        void refuses_a_missing_end_date_and_still_checks_the_reason() {
            assertEquals(List.of("endDate"), refusedFields(() -> open.end(null, "E4A", TODAY, CODES)));
            assertEquals(List.of("endDate", "reasonCeased"), refusedFields(() -> open.end(null, "E99", TODAY, CODES)));
        }

        @Test
        void reports_a_bad_date_and_a_bad_reason_together() {
            assertEquals(List.of("endDate", "reasonCeased"),
                    refusedFields(() -> open.end(of(2024, 12, 31), "X1", TODAY, CODES)));
        }

        @Test
        void a_second_end_is_a_conflict() {
            PeriodOfCare ended = open.end(of(2025, 5, 2), "E4A", TODAY, CODES).after();
            assertThrows(Conflict.class, () -> ended.end(of(2025, 5, 3), "E11", TODAY, CODES));
        }
    }

    @Nested
    class CountsAsLookedAfterOn {
        @Test
        void from_the_start_date_while_the_episode_is_open() {
            PeriodOfCare period = period(episode(of(2025, 3, 31), "C2", null, null));
            assertFalse(period.countsAsLookedAfterOn(of(2025, 3, 30)));
            assertTrue(period.countsAsLookedAfterOn(of(2025, 3, 31)));
            assertTrue(period.countsAsLookedAfterOn(of(2026, 3, 31)));
        }

        @Test
        void not_on_the_day_the_episode_ceased() {
            PeriodOfCare period = period(episode(of(2024, 4, 1), "C2", of(2025, 3, 31), "E4A"));
            assertTrue(period.countsAsLookedAfterOn(of(2025, 3, 30)));
            assertFalse(period.countsAsLookedAfterOn(of(2025, 3, 31)));
            assertFalse(period.countsAsLookedAfterOn(of(2025, 4, 1)));
        }

        @Test
        void never_for_short_breaks_V3_or_V4() {
            assertFalse(period(episode(of(2024, 4, 1), "V3", null, null)).countsAsLookedAfterOn(of(2025, 3, 31)));
            assertFalse(period(episode(of(2024, 4, 1), "V4", null, null)).countsAsLookedAfterOn(of(2025, 3, 31)));
            assertTrue(period(episode(of(2024, 4, 1), "V2", null, null)).countsAsLookedAfterOn(of(2025, 3, 31)));
        }

        @Test
        void from_the_day_a_short_break_turns_into_care_in_a_following_episode() {
            PeriodOfCare period = period(
                    episode(of(2024, 4, 1), "V3", of(2024, 9, 2), "X1"),
                    episode(of(2024, 9, 2), "C1", null, null));
            assertFalse(period.countsAsLookedAfterOn(of(2024, 9, 1)));
            assertTrue(period.countsAsLookedAfterOn(of(2024, 9, 2)), "the X1 change leaves no gap");
        }

        @Test
        void a_period_needs_an_episode() {
            assertThrows(IllegalArgumentException.class,
                    () -> PeriodOfCare.rebuild(UUID.randomUUID(), CHILD.id(), List.of(), 0));
        }
    }
}
