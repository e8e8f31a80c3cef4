package org.cypf.socialcare.lookedafter.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare.EpisodeChange;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Changes of placement and legal status within a period of care, and the rules a whole history keeps. */
class EpisodeChangeTest {
    private static final LocalDate TODAY = of(2025, 6, 30);
    private static final Ssda903Codes CODES = Ssda903Codes.standard();
    private static final Child CHILD = new Child(ChildId.newId(), "E1001", null, null, of(2015, 2, 1), "2");
    private static final LocalDate START = of(2024, 5, 6);

    private static PeriodOfCare started() {
        return PeriodOfCare.start(UUID.randomUUID(), CHILD, new PeriodOfCare.FirstEpisode(START, "C1", "N1", "U6",
                "PR1", Postcode.parse("ST4 1HH"), Postcode.parse("ST5 2AB"), null), null, TODAY, CODES).after();
    }

    private static EpisodeChange placement(LocalDate on, String rne, String type, String provider, String reason) {
        return new EpisodeChange(on, rne, null, null, type, provider, Postcode.parse("ST6 3AA"), null, reason);
    }

    /** Back to {@link #started()}'s placement (U6, PR1, ST4 1HH) with RNE P: a return from a temporary one (rule 383). */
    private static EpisodeChange backToTheFirstPlacement(LocalDate on) {
        return new EpisodeChange(on, "P", null, null, "U6", "PR1", Postcode.parse("ST4 1HH"), null, null);
    }

    private static List<String> refused(PeriodOfCare period, EpisodeChange change) {
        var e = assertThrows(InvalidInput.class, () -> period.changeEpisode(change, TODAY, CODES));
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Nested
    class ChangeOfPlacement {
        @Test
        void closes_the_open_episode_with_X1_and_opens_the_next_the_same_day() {
            PeriodOfCare moved = started().changeEpisode(placement(of(2024, 9, 2), "P", "U4", "PR4", "CREQB"), TODAY, CODES).after();

            assertEquals(2, moved.episodes().size());
            Episode first = moved.episodes().getFirst();
            Episode second = moved.lastEpisode();
            assertEquals(of(2024, 9, 2), first.endDate());
            assertEquals("X1", first.reasonCeased());
            assertEquals(of(2024, 9, 2), second.startDate());
            assertEquals("P", second.reasonForNewEpisode());
            assertEquals("U4", second.placementType());
            assertEquals("PR4", second.placementProvider());
            assertNull(second.reasonPlaceChange(), "the new episode has no REASON_PLACE_CHANGE");
            assertEquals("CREQB", first.reasonPlaceChange(), "it is the reason the ending episode's placement ended "
                    + "(DfE rule 225)");
            assertEquals("C1", second.legalStatus(), "RNE P keeps the legal status");
            assertEquals("N1", second.categoryOfNeed());
            assertEquals("ST5 2AB", second.homePostcode().value(), "the home postcode is carried over");
            assertNull(second.endDate());
            assertTrue(moved.isOpen());
            assertEquals(START, moved.startDate(), "the period still begins on the first day of care");
        }

        @Test
        void needs_the_new_placement_and_a_reason_for_the_change() {
            assertEquals(List.of("placement.placementType", "placement.provider", "reasonPlaceChange"),
                    refused(started(), new EpisodeChange(of(2024, 9, 2), "T", null, null, null, null, null, null, null)));
            assertEquals(List.of("reasonPlaceChange"),
                    refused(started(), placement(of(2024, 9, 2), "P", "U4", "PR4", "BORED")));
        }

        @Test
        void may_not_change_the_legal_status_with_P_or_T() {
            var change = new EpisodeChange(of(2024, 9, 2), "P", "C2", null, "U4", "PR4", null, null, "CARPL");
            assertEquals(List.of("legalStatus"), refused(started(), change));
        }

        @Test
        void a_child_cannot_be_in_two_placements_at_once_so_a_change_may_not_predate_the_current_placement() {
            PeriodOfCare moved = started().changeEpisode(placement(of(2024, 9, 2), "P", "U4", "PR4", "CARPL"), TODAY, CODES).after();
            var e = assertThrows(InvalidInput.class, () -> moved.changeEpisode(
                    placement(of(2024, 9, 1), "P", "K2", "PR4", "CARPL"), TODAY, CODES));
            assertEquals("date", e.violations().getFirst().field());
            assertTrue(e.violations().getFirst().reason().contains("two placements at once"));
            assertEquals(2, moved.episodes().size(), "nothing changed");
        }

        @Test
        void may_not_be_in_the_future_or_after_the_period_ended() {
            assertEquals(List.of("date"), refused(started(), placement(TODAY.plusDays(1), "P", "U4", "PR4", "CARPL")));
            PeriodOfCare ended = started().end(of(2025, 1, 6), "E4A", TODAY, CODES).after();
            assertThrows(Conflict.class, () -> ended.changeEpisode(placement(of(2025, 2, 1), "P", "U4", "PR4", "CARPL"),
                    TODAY, CODES));
        }

        @Test
        void placement_codes_are_those_of_the_collection_year_of_the_change() {
            // K3 supported accommodation only from 2024-25; Z1 dropped from 2025-26
            assertEquals(List.of("placement.placementType"),
                    refused(started(), placement(of(2025, 4, 1), "P", "Z1", null, "CARPL")));
            assertEquals("K3", started().changeEpisode(placement(of(2024, 9, 2), "P", "K3", "PR4", "CARPL"), TODAY, CODES)
                    .after().lastEpisode().placementType());
        }

        @Test
        void placed_with_parents_has_provider_PR0() {
            assertEquals(List.of("placement.provider"),
                    refused(started(), placement(of(2024, 9, 2), "P", "P1", "PR1", "CARPL")));
            assertEquals("PR0", started().changeEpisode(placement(of(2024, 9, 2), "P", "P1", "PR0", "CARPL"), TODAY, CODES)
                    .after().lastEpisode().placementProvider());
        }

        @Test
        void a_temporary_placement_and_Z1_have_no_provider_and_every_other_one_has() {
            var temporary = assertThrows(InvalidInput.class, () -> started().changeEpisode(
                    placement(of(2024, 9, 2), "P", "T1", "PR1", null), TODAY, CODES));
            assertEquals(List.of(new FieldViolation("placement.provider",
                    "must be blank: placement type T1 has no provider (DfE rule 213)")), temporary.violations());
            var other = assertThrows(InvalidInput.class, () -> started().changeEpisode(
                    placement(of(2024, 9, 2), "P", "Z1", "PR1", "CARPL"), TODAY, CODES));
            assertEquals(List.of(new FieldViolation("placement.provider",
                    "must be blank: placement type Z1 has no provider (DfE rule 178)")), other.violations());

            PeriodOfCare away = started().changeEpisode(placement(of(2024, 9, 2), "P", "T1", null, null), TODAY, CODES)
                    .after();
            assertNull(away.lastEpisode().placementProvider());
            assertEquals("PR1", away.changeEpisode(backToTheFirstPlacement(of(2024, 9, 9)), TODAY, CODES)
                    .after().lastEpisode().placementProvider(), "back from the temporary placement, with a provider");
            assertEquals(List.of("placement.provider"),
                    refused(started(), placement(of(2024, 9, 2), "P", "U4", null, "CARPL")), "U4 needs one");
        }
    }

    @Nested
    class ChangeOfLegalStatus {
        @Test
        void L_changes_the_legal_status_only_and_keeps_the_placement() {
            PeriodOfCare changed = started().changeEpisode(new EpisodeChange(of(2024, 8, 1), "L", "C2", null, null, null,
                    null, null, null), TODAY, CODES).after();
            Episode now = changed.lastEpisode();
            assertEquals("L", now.reasonForNewEpisode());
            assertEquals("C2", now.legalStatus());
            assertEquals("U6", now.placementType());
            assertEquals("ST4 1HH", now.placementPostcode().value());
            assertNull(now.reasonPlaceChange());
        }

        @Test
        void L_must_change_the_legal_status_and_nothing_else() {
            assertEquals(List.of("legalStatus"), refused(started(),
                    new EpisodeChange(of(2024, 8, 1), "L", "C1", null, null, null, null, null, null)));
            assertEquals(List.of("placement", "reasonPlaceChange"), refused(started(),
                    new EpisodeChange(of(2024, 8, 1), "L", "C2", null, "U4", "PR1", null, null, "CARPL")));
        }

        @Test
        void B_and_U_change_both_and_S_cannot_be_used_within_a_period() {
            PeriodOfCare both = started().changeEpisode(new EpisodeChange(of(2024, 10, 1), "B", "E1", null, "A6", "PR1",
                    null, null, "CARPL"), TODAY, CODES).after();
            assertEquals("E1", both.lastEpisode().legalStatus());
            assertEquals("A6", both.lastEpisode().placementType());
            assertEquals(List.of("reasonForNewEpisode"), refused(started(),
                    new EpisodeChange(of(2024, 10, 1), "S", "E1", null, "A6", "PR1", null, null, "CARPL")));
        }

        @Test
        void placed_for_adoption_under_a_placement_order_needs_legal_status_E1_or_D1() {
            var e = assertThrows(InvalidInput.class, () -> started().changeEpisode(
                    placement(of(2024, 10, 1), "T", "A5", "PR1", "CARPL"), TODAY, CODES));
            assertEquals(List.of("placement.placementType"), e.violations().stream().map(FieldViolation::field).toList());
            assertTrue(e.violations().getFirst().reason().contains("E1 or D1"));
        }
    }

    @Nested
    class History {
        private Episode ep(LocalDate start, String rne, LocalDate end, String rec) {
            return new Episode(UUID.randomUUID(), start, rne, "C2", "N1", "U6", "PR1", null, null, null, end, rec);
        }

        private Episode ep(LocalDate start, String rne, String place, LocalDate end, String rec, String reasonPlaceChange) {
            return new Episode(UUID.randomUUID(), start, rne, "C2", "N1", place, "PR1", null, null, null, end, rec,
                    reasonPlaceChange);
        }

        @Test
        void reason_place_change_is_on_the_episode_that_ends_before_a_change_of_placement_and_never_for_a_temporary_one() {
            var onTheNew = PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", "U6", of(2023, 5, 1), "X1", null),
                    ep(of(2023, 5, 1), "P", "U4", null, null, "CARPL")));
            assertEquals(List.of(new PeriodOfCare.HistoryProblem(0, "REASON_PLACE_CHANGE", onTheNew.getFirst().reason())),
                    onTheNew);
            assertTrue(onTheNew.getFirst().reason().contains("DfE rule 225"));
            assertEquals(List.of(), PeriodOfCare.checkHistory(List.of(
                    ep(of(2023, 1, 1), "S", "U6", of(2023, 5, 1), "X1", "CARPL"),
                    ep(of(2023, 5, 1), "P", "U4", of(2023, 6, 1), "X1", null),
                    ep(of(2023, 6, 1), "P", "T1", of(2023, 6, 9), "X1", null),
                    ep(of(2023, 6, 9), "P", "U4", null, null, null))), "none into or out of a temporary placement");
            var temporary = PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", "U6", of(2023, 5, 1), "X1", "CARPL"),
                    ep(of(2023, 5, 1), "P", "T1", null, null, null)));
            assertTrue(temporary.getFirst().reason().contains("DfE rule 226"), temporary::toString);
        }

        @Test
        void a_history_of_X1_changes_and_a_second_period_keeps_the_rules_and_is_cut_into_its_periods() {
            List<Episode> history = List.of(
                    ep(of(2023, 1, 1), "S", "U6", of(2023, 5, 1), "X1", "CARPL"),
                    ep(of(2023, 5, 1), "P", of(2023, 9, 1), "E4A"),
                    ep(of(2024, 2, 1), "S", null, null));
            assertEquals(List.of(), PeriodOfCare.checkHistory(history));
            assertEquals(List.of(2, 1), PeriodOfCare.periodsOf(history).stream().map(List::size).toList());
        }

        @Test
        void two_placements_at_once_are_refused() {
            var open = List.of(ep(of(2023, 1, 1), "S", null, null), ep(of(2023, 5, 1), "P", null, null));
            var problems = PeriodOfCare.checkHistory(open);
            assertEquals(1, problems.size());
            assertEquals("DECOM", problems.getFirst().column());
            assertTrue(problems.getFirst().reason().contains("two placements at once"));

            var overlapping = List.of(ep(of(2023, 1, 1), "S", of(2023, 9, 1), "E4A"), ep(of(2023, 5, 1), "S", null, null));
            assertTrue(PeriodOfCare.checkHistory(overlapping).getFirst().reason().contains("two placements at once"));
        }

        @Test
        void X1_is_followed_the_same_day_by_a_change_not_a_start() {
            assertEquals("DECOM", PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "X1"),
                    ep(of(2023, 5, 2), "P", null, null))).getFirst().column());
            assertEquals("RNE", PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "X1"),
                    ep(of(2023, 5, 1), "S", null, null))).getFirst().column());
            assertEquals("REC", PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "X1")))
                    .getFirst().column(), "X1 with nothing after it");
            assertEquals("RNE", PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "E4A"),
                    ep(of(2023, 6, 1), "P", null, null))).getFirst().column(), "after a period ends, the next starts with S");
        }

        @Test
        void a_new_period_does_not_start_the_day_the_last_one_ended() {
            var sameDay = PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "E4A"),
                    ep(of(2023, 5, 1), "S", null, null)));
            assertEquals(1, sameDay.size(), sameDay::toString);
            assertEquals("DECOM", sameDay.getFirst().column());
            assertTrue(sameDay.getFirst().reason().contains("DfE rule 431"), sameDay::toString);
            assertEquals(List.of(), PeriodOfCare.checkHistory(List.of(ep(of(2023, 1, 1), "S", of(2023, 5, 1), "E4A"),
                    ep(of(2023, 5, 2), "S", null, null))), "the next day");
        }
    }

    /**
     * A temporary placement (T0-T4) as the DfE's rules have it, so that the SSDA903 export never writes an episode
     * that breaks them: entered by a change of placement and carer (380), left only into another episode (381), and no
     * longer than T1 six weeks (375), T3 three weeks (376), T4 a week (379).
     */
    @Nested
    class TemporaryPlacement {
        private static String reason(InvalidInput e) {
            return e.violations().getFirst().reason();
        }

        @Test
        void a_period_of_care_does_not_start_in_one_rule_380() {
            var e = assertThrows(InvalidInput.class, () -> PeriodOfCare.start(UUID.randomUUID(), CHILD,
                    new PeriodOfCare.FirstEpisode(START, "C1", "N1", "T1", null, null, null, null), null, TODAY, CODES));
            assertEquals("placement.placementType", e.violations().getFirst().field());
            assertTrue(reason(e).contains("DfE rule 380"), reason(e));
        }

        @Test
        void a_child_moves_into_one_with_a_change_of_placement_and_carer_rule_380() {
            assertEquals(List.of("placement.placementType"), refused(started(), placement(of(2024, 9, 2), "T", "T1", null,
                    null)), "RNE T keeps the carer");
            PeriodOfCare away = started().changeEpisode(new EpisodeChange(of(2024, 9, 2), "B", "C2", null, "T1", null,
                    Postcode.parse("ST6 3AA"), null, null), TODAY, CODES).after();
            assertEquals("T1", away.lastEpisode().placementType());
            var legalOnly = assertThrows(InvalidInput.class, () -> away.changeEpisode(new EpisodeChange(of(2024, 9, 5),
                    "L", "C1", null, null, null, null, null, null), TODAY, CODES));
            assertEquals("reasonForNewEpisode", legalOnly.violations().getFirst().field());
            assertTrue(reason(legalOnly).contains("DfE rule 380"), reason(legalOnly));
        }

        @Test
        void a_period_of_care_does_not_end_in_one_rule_381() {
            PeriodOfCare away = started().changeEpisode(placement(of(2024, 9, 2), "P", "T1", null, null), TODAY, CODES)
                    .after();
            var e = assertThrows(InvalidInput.class, () -> away.end(of(2024, 9, 10), "E3", TODAY, CODES));
            assertEquals("reasonCeased", e.violations().getFirst().field());
            assertTrue(reason(e).contains("DfE rule 381"), reason(e));
            PeriodOfCare back = away.changeEpisode(backToTheFirstPlacement(of(2024, 9, 10)), TODAY, CODES).after();
            assertEquals("E3", back.end(of(2024, 9, 20), "E3", TODAY, CODES).after().reasonCeased());
        }

        @Test
        void one_lasts_no_longer_than_the_dfe_allows_rules_375_376_379() {
            String[][] limits = {{"T1", "42", "375"}, {"T3", "21", "376"}, {"T4", "7", "379"}};
            for (String[] l : limits) {
                LocalDate from = of(2024, 9, 2);
                PeriodOfCare away = started().changeEpisode(placement(from, "P", l[0], null, null), TODAY, CODES)
                        .after();
                LocalDate last = from.plusDays(Integer.parseInt(l[1]));
                var e = assertThrows(InvalidInput.class, () -> away.changeEpisode(placement(last.plusDays(1), "P", "U6",
                        "PR1", null), TODAY, CODES));
                assertEquals("date", e.violations().getFirst().field());
                assertTrue(reason(e).contains("DfE rule " + l[2]) && reason(e).contains(last.toString()), reason(e));
                assertEquals(last, away.changeEpisode(backToTheFirstPlacement(last), TODAY, CODES).after()
                        .episodes().get(1).endDate(), l[0] + " for " + l[1] + " days is accepted");
            }
        }

        @Test
        void the_child_returns_from_one_to_the_placement_before_it_rule_383() {
            PeriodOfCare away = started().changeEpisode(placement(of(2024, 9, 2), "P", "T3", null, null), TODAY, CODES)
                    .after();
            LocalDate on = of(2024, 9, 9);
            var sameCarer = assertThrows(InvalidInput.class, () -> away.changeEpisode(new EpisodeChange(on, "T", null,
                    null, "U6", "PR1", Postcode.parse("ST4 1HH"), null, null), TODAY, CODES));
            assertEquals(List.of("reasonForNewEpisode"), sameCarer.violations().stream().map(FieldViolation::field)
                    .toList(), "RNE T keeps the carer: the return is P");
            assertTrue(reason(sameCarer).contains("DfE rule 383"), reason(sameCarer));
            assertEquals(List.of("placement.placementType"), refused(away, new EpisodeChange(on, "P", null, null, "U4",
                    "PR4", Postcode.parse("ST4 1HH"), null, null)), "another placement type");
            assertEquals(List.of("placement.postcode"), refused(away, placement(on, "P", "U6", "PR1", null)),
                    "another placement postcode");
            assertTrue(refused(away, new EpisodeChange(on, "L", "C2", null, null, null, null, null, null))
                    .containsAll(List.of("reasonForNewEpisode", "placement.placementType")),
                    "a change of legal status only stays in T3: no return");
            PeriodOfCare back = away.changeEpisode(backToTheFirstPlacement(on), TODAY, CODES).after();
            assertEquals(List.of(), PeriodOfCare.checkHistory(back.episodes()));
            assertEquals("U4", back.changeEpisode(placement(of(2024, 9, 20), "P", "U4", "PR4", "CARPL"), TODAY, CODES)
                    .after().lastEpisode().placementType(), "once back, the child may move on");
        }

        @Test
        void a_history_breaking_rule_383_names_the_returning_episode_by_column() {
            Postcode home = Postcode.parse("ST4 1HH");
            Episode first = new Episode(UUID.randomUUID(), of(2024, 5, 1), "S", "C2", "N1", "U6", "PR1", home, null,
                    null, of(2024, 6, 1), "X1");
            Episode temporary = new Episode(UUID.randomUUID(), of(2024, 6, 1), "P", "C2", "N1", "T1", null, null, null,
                    null, of(2024, 6, 9), "X1");
            Episode elsewhere = new Episode(UUID.randomUUID(), of(2024, 6, 9), "T", "C2", "N1", "U4", "PR4",
                    Postcode.parse("ST6 3AA"), null, null, null, null);
            var problems = PeriodOfCare.checkHistory(List.of(first, temporary, elsewhere));
            assertEquals(List.of("RNE", "PLACE", "PL_POST"), problems.stream().map(PeriodOfCare.HistoryProblem::column)
                    .toList());
            assertTrue(problems.stream().allMatch(p -> p.episode() == 2 && p.reason().contains("DfE rule 383")),
                    problems::toString);
            assertEquals(List.of(), PeriodOfCare.checkHistory(List.of(temporary, elsewhere)),
                    "no episode before the temporary one: nothing to return to (the DfE checks three in a row)");
        }
    }
}
