package org.cypf.socialcare.shared.domain;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.ASSESSMENT_FACTOR;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.CATEGORY_OF_ABUSE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.GENDER;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REASON_FOR_CLOSURE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REFERRAL_SOURCE;
import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.SEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CIN census code lists as reference data, by collection year. */
class CinCensusCodesTest {
    private static final CinCensusCodes CODES = CinCensusCodes.standard();
    private static final LocalDate DAY = of(2025, 6, 30);

    @Test
    void the_lists_hold_the_census_codes() {
        assertEquals(List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
                "5C", "5D", "6", "7", "8", "9", "10"), CODES.codes(REFERRAL_SOURCE, DAY));
        assertEquals(List.of("NEG", "PHY", "SAB", "EMO", "MUL"), CODES.codes(CATEGORY_OF_ABUSE, DAY));
        assertEquals(9, CODES.codes(REASON_FOR_CLOSURE, DAY).size());
        // 1-6 with A/B/C (18), 7A, 8B-8F (5), 9A-17A (9), 18B/C, 19B/C (4), 20, 21, 22A, 23A, 24A
        assertEquals(18 + 1 + 5 + 9 + 4 + 5, CODES.codes(ASSESSMENT_FACTOR, DAY).size());
        assertEquals(Optional.of("no factors identified"), CODES.label(ASSESSMENT_FACTOR, "21"));
    }

    @Test
    void a_code_is_valid_for_a_collection_year() {
        // Sex (M, F, U) replaced gender (0, 1, 2, 9) from 2024-25, which starts on 1 April 2024.
        assertTrue(CODES.isValid(SEX, "U", of(2024, 4, 1)));
        assertFalse(CODES.isValid(SEX, "U", of(2024, 3, 31)));
        assertTrue(CODES.isValid(GENDER, "9", of(2024, 3, 31)));
        assertEquals(Optional.of("is not valid in the 2024-25 collection year"), CODES.refusal(GENDER, "9", of(2024, 4, 1)));
        assertEquals(2024, CinCensusCodes.collectionYear(of(2025, 3, 31)));
        assertEquals(2025, CinCensusCodes.collectionYear(of(2025, 4, 1)));
    }

    @Test
    void refusals_name_the_list() {
        assertEquals(Optional.of("is required"), CODES.refusal(CATEGORY_OF_ABUSE, " ", DAY));
        assertEquals(Optional.of("is not a CIN census category of abuse code"), CODES.refusal(CATEGORY_OF_ABUSE, "NEGLECT", DAY));
        assertEquals(Optional.empty(), CODES.refusal(CATEGORY_OF_ABUSE, "MUL", DAY));
        assertEquals(Optional.of("is not a CIN census assessment factor code"), CODES.refusal(ASSESSMENT_FACTOR, "18A", DAY));
    }
}
