package org.cypf.socialcare.shared.domain;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.shared.domain.Ssda903CodeList.*;
import static org.cypf.socialcare.shared.domain.Ssda903CodeList.LEGAL_STATUS;
import static org.cypf.socialcare.shared.domain.Ssda903CodeList.PLACEMENT_TYPE;
import static org.cypf.socialcare.shared.domain.Ssda903CodeList.REASON_EPISODE_CEASED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SSDA903 code lists are reference data by collection year (1 April to 31 March). */
class Ssda903CodesTest {
    private final Ssda903Codes codes = Ssda903Codes.standard();

    @ParameterizedTest(name = "{0} is in collection year {1}")
    @CsvSource({
            "2025-03-31, 2024",
            "2025-04-01, 2025",
            "2025-01-01, 2024",
            "2024-12-31, 2024",
            "2024-04-01, 2024",
            "2024-03-31, 2023",
    })
    void the_collection_year_starts_on_1_april(LocalDate date, int year) {
        assertEquals(year, Ssda903Codes.collectionYear(date));
    }

    @Test
    void a_code_introduced_in_a_year_is_valid_from_its_first_day() {
        assertFalse(codes.isValid(PLACEMENT_TYPE, "K3", of(2024, 3, 31)));
        assertTrue(codes.isValid(PLACEMENT_TYPE, "K3", of(2024, 4, 1)));
        assertTrue(codes.isValid(PLACEMENT_TYPE, "K3", of(2026, 1, 1)), "no last year: still current");
    }

    @Test
    void a_code_withdrawn_after_a_year_is_valid_to_its_last_day() {
        for (String dropped : new String[] {"H5", "P2", "Z1"}) {
            assertTrue(codes.isValid(PLACEMENT_TYPE, dropped, of(2025, 3, 31)), dropped);
            assertFalse(codes.isValid(PLACEMENT_TYPE, dropped, of(2025, 4, 1)), dropped);
        }
    }

    @Test
    void codes_of_one_list_are_not_valid_in_another() {
        assertTrue(codes.isValid(LEGAL_STATUS, "C2", of(2025, 1, 1)));
        assertFalse(codes.isValid(PLACEMENT_TYPE, "C2", of(2025, 1, 1)));
        assertFalse(codes.isValid(LEGAL_STATUS, "c2", of(2025, 1, 1)), "codes are exact");
    }

    @Test
    void refusals_say_why() {
        assertEquals(Optional.empty(), codes.refusal(REASON_EPISODE_CEASED, "E4A", of(2025, 1, 1)));
        assertEquals(Optional.of("is required"), codes.refusal(LEGAL_STATUS, null, of(2025, 1, 1)));
        assertEquals(Optional.of("is required"), codes.refusal(LEGAL_STATUS, "  ", of(2025, 1, 1)));
        assertEquals(Optional.of("is not an SSDA903 legal status code"), codes.refusal(LEGAL_STATUS, "Z9", of(2025, 1, 1)));
        assertEquals(Optional.of("is not valid in the 2023-24 collection year"),
                codes.refusal(PLACEMENT_TYPE, "K3", of(2024, 3, 31)));
        assertEquals(Optional.of("is not valid in the 2025-26 collection year"),
                codes.refusal(PLACEMENT_TYPE, "H5", of(2025, 4, 1)));
    }

    @Test
    void labels_come_from_the_reference_data() {
        assertEquals(Optional.of("supported accommodation (16 and over)"), codes.label(PLACEMENT_TYPE, "K3"));
        assertEquals(Optional.empty(), codes.label(PLACEMENT_TYPE, "K9"));
    }

    @Test
    void the_lists_beyond_the_first_episode_are_reference_data_too() {
        LocalDate on = of(2025, 1, 1);
        assertTrue(codes.isValid(REASON_PLACE_CHANGE, "CREQB", on));
        assertTrue(codes.isValid(REVIEW_CODE, "PN0", on));
        assertFalse(codes.isValid(REVIEW_CODE, "PN8", on));
        assertTrue(codes.isValid(MISSING, "A", on));
        assertTrue(codes.isValid(OC3_IN_TOUCH, "RHOM", on));
        assertTrue(codes.isValid(OC3_ACTIVITY, "G6", on));
        assertFalse(codes.isValid(OC3_ACTIVITY, "F3", on), "there is no F3");
        // ACCOM: every accommodation letter, 1 suitable or 2 not.
        for (String letter : "B C D E G H K R S T U V W X Y Z".split(" ")) {
            assertTrue(codes.isValid(OC3_ACCOMMODATION, letter + "1", on), letter);
            assertTrue(codes.isValid(OC3_ACCOMMODATION, letter + "2", on), letter);
            assertFalse(codes.isValid(OC3_ACCOMMODATION, letter + "3", on), letter);
        }
        assertTrue(codes.isValid(PREVIOUS_PERMANENCE, "Z1", on));
        assertTrue(codes.isValid(REASON_PLACED_CEASED, "RD4", on));
        assertTrue(codes.isValid(SEX_OF_ADOPTERS, "MF", on));
        assertTrue(codes.isValid(LEGAL_STATUS_OF_ADOPTERS, "L12", on));
        assertEquals(Optional.of("is not an SSDA903 oc3 in touch code"), codes.refusal(OC3_IN_TOUCH, "MAYBE", on));
    }
}
