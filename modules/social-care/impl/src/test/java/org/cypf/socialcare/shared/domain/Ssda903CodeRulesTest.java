package org.cypf.socialcare.shared.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules the SSDA903 code value types hold, checked against every code the national lists hold in each collection
 * year: for each rule, exactly the codes shared/DOMAIN.md names answer yes, and each of them is a real code.
 */
class Ssda903CodeRulesTest {
    private static final Ssda903Codes CODES = Ssda903Codes.standard();
    /** One day in each collection year held: 2022-23 to 2025-26. */
    private static final List<LocalDate> YEARS = List.of(of(2022, 4, 1), of(2023, 4, 1), of(2024, 4, 1), of(2025, 4, 1));

    /** Every code the list has held in any of the years. */
    private static Set<String> everyCode(Ssda903CodeList list) {
        return YEARS.stream().flatMap(d -> CODES.codes(list, d).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes of {@code list} for which {@code rule} holds. */
    private static <T> Set<String> where(Ssda903CodeList list, Function<String, T> type, Predicate<T> rule) {
        return everyCode(list).stream().filter(c -> rule.test(type.apply(c))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Nested
    class LegalStatuses {
        @Test
        void short_breaks_are_V3_and_V4_only() {
            assertEquals(Set.of("V3", "V4"), where(Ssda903CodeList.LEGAL_STATUS, LegalStatus::of, LegalStatus::isShortBreak));
            assertEquals(List.of("V3", "V4"), LegalStatus.shortBreaks(), "what a query leaves out");
        }

        @Test
        void a_placement_order_is_E1_and_with_a_freeing_order_D1_it_allows_a_placement_for_adoption() {
            assertEquals(Set.of("E1"), where(Ssda903CodeList.LEGAL_STATUS, LegalStatus::of, LegalStatus::isPlacementOrder));
            assertEquals(Set.of("D1", "E1"), where(Ssda903CodeList.LEGAL_STATUS, LegalStatus::of,
                    LegalStatus::authorisesPlacementForAdoption));
        }

        @Test
        void single_period_accommodation_is_not_a_short_break() {
            assertTrue(!LegalStatus.of("V2").isShortBreak());
        }
    }

    @Nested
    class PlacementTypes {
        @Test
        void placed_for_adoption_is_A3_to_A6_and_under_an_order_A5_A6() {
            assertEquals(Set.of("A3", "A4", "A5", "A6"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of,
                    PlacementType::isPlacedForAdoption));
            assertEquals(Set.of("A5", "A6"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of,
                    PlacementType::isPlacedForAdoptionUnderAnOrder));
        }

        @Test
        void fostering_residential_care_and_placed_with_parents() {
            assertEquals(Set.of("U1", "U2", "U3"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of,
                    PlacementType::isFosteredByFamilyOrFriends));
            assertEquals(Set.of("U4", "U5", "U6"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of,
                    PlacementType::isFosteredByOtherCarers));
            assertEquals(Set.of("K1", "K2", "R1"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of,
                    PlacementType::isResidentialCare), "supported accommodation (K3, H5) is not residential care");
            assertEquals(Set.of("P1"), where(Ssda903CodeList.PLACEMENT_TYPE, PlacementType::of, PlacementType::isWithParents));
        }
    }

    @Nested
    class PlacementProviders {
        @Test
        void parents_own_authority_and_independent_providers() {
            assertEquals(Set.of("PR0"), where(Ssda903CodeList.PLACEMENT_PROVIDER, PlacementProvider::of, PlacementProvider::isParents));
            assertEquals(Set.of("PR1"), where(Ssda903CodeList.PLACEMENT_PROVIDER, PlacementProvider::of,
                    PlacementProvider::isOwnAuthority));
            assertEquals(Set.of("PR4", "PR5"), where(Ssda903CodeList.PLACEMENT_PROVIDER, PlacementProvider::of,
                    PlacementProvider::isIndependent));
        }
    }

    @Nested
    class ReasonsForNewEpisode {
        @Test
        void S_starts_a_period_and_the_others_change_placement_legal_status_or_both() {
            var list = Ssda903CodeList.REASON_NEW_EPISODE;
            assertEquals(Set.of("B", "L", "P", "S", "T", "U"), everyCode(list));
            assertEquals(Set.of("S"), where(list, ReasonForNewEpisode::of, ReasonForNewEpisode::startsAPeriod));
            assertEquals(Set.of("B", "P", "T", "U"), where(list, ReasonForNewEpisode::of, ReasonForNewEpisode::changesThePlacement));
            assertEquals(Set.of("B", "L", "U"), where(list, ReasonForNewEpisode::of, ReasonForNewEpisode::changesTheLegalStatus));
            assertEquals(Set.of("B", "P", "S", "T", "U"), where(list, ReasonForNewEpisode::of, ReasonForNewEpisode::beginsAPlacement),
                    "L keeps the placement");
            assertEquals(Set.of("B", "P", "S"), where(list, ReasonForNewEpisode::of, ReasonForNewEpisode::beginsWithANewCarer),
                    "L, T and U keep the carer");
            assertEquals("S", ReasonForNewEpisode.STARTED_TO_BE_LOOKED_AFTER.code());
        }
    }

    @Nested
    class ReasonsCeased {
        @Test
        void X1_alone_is_followed_by_a_new_episode_and_every_other_reason_ends_the_period() {
            var list = Ssda903CodeList.REASON_EPISODE_CEASED;
            assertEquals(Set.of("X1"), where(list, ReasonCeased::of, ReasonCeased::newEpisodeFollows));
            Set<String> ending = new TreeSet<>(everyCode(list));
            ending.remove("X1");
            assertEquals(ending, where(list, ReasonCeased::of, ReasonCeased::endsThePeriod));
            assertEquals("X1", ReasonCeased.NEW_EPISODE.code());
        }

        @Test
        void adoption_special_guardianship_child_arrangements_and_return_home() {
            var list = Ssda903CodeList.REASON_EPISODE_CEASED;
            assertEquals(Set.of("E11", "E12"), where(list, ReasonCeased::of, ReasonCeased::isAdoption));
            assertEquals(Set.of("E45", "E46", "E47", "E48"), where(list, ReasonCeased::of, ReasonCeased::isSpecialGuardianship));
            assertEquals(Set.of("E41"), where(list, ReasonCeased::of, ReasonCeased::isChildArrangementsOrder));
            assertEquals(Set.of("E4A", "E4B"), where(list, ReasonCeased::of, ReasonCeased::isReturnHome));
        }
    }

    @Test
    void a_code_is_required() {
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> LegalStatus.of(null));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ReasonCeased.of(null));
    }
}
