package org.cypf.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check letters computed by hand with the DfE rule: characters 2..13 times weights 2..13, a final letter worth its index in
 * ABCDEFGHJKLMNPQRTUVWXYZ (A=0 .. Z=22), sum mod 23, mapped back through the same alphabet.
 */
class UniquePupilNumberTest {

    @Test
    void acceptsAPermanentUpnComputedByHand() {
        // 2*2 + 0*3 + 7*4 + 0*5 + 0*6 + 0*7 + 0*8 + 1*9 + 6*10 + 0*11 + 4*12 + 9*13
        //   = 4 + 28 + 9 + 60 + 48 + 117 = 266; 266 mod 23 = 266 - 253 = 13 -> P (A0..H7, J8..N12, P13, Q14)
        UniquePupilNumber upn = UniquePupilNumber.parse("P207000016049");
        assertEquals("P207000016049", upn.value());
        assertFalse(upn.isTemporary());
        assertEquals("207", upn.localAuthorityNumber());
    }

    @Test
    void agreesWithAPublishedExample() {
        // python-stdnum's doctest: 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 -> B
        assertTrue(UniquePupilNumber.isValid("B801200005001"));
        assertFalse(UniquePupilNumber.isValid("A801200005001"));
    }

    @Test
    void acceptsASumThatIsAnExactMultipleOf23AsA() {
        // 1*2 + 2*3 + 3*4 + 4*5 + 5*6 + 6*7 + 7*8 + 8*9 + 9*10 + 0*11 + 1*12 + 2*13
        //   = 2+6+12+20+30+42+56+72+90+0+12+26 = 368 = 16*23; remainder 0 -> A
        assertTrue(UniquePupilNumber.isValid("A123456789012"));
    }

    @Test
    void acceptsTemporaryUpnsEndingInALetter() {
        // digits as in P207000016049 but the 13th character is a letter: 266 - 9*13 = 149 for characters 2..12
        // A is worth 0: 149 mod 23 = 149 - 138 = 11 -> M
        UniquePupilNumber temp = UniquePupilNumber.parse("M20700001604A");
        assertTrue(temp.isTemporary());
        // Z is worth 22: 149 + 22*13 = 435; 435 mod 23 = 435 - 414 = 21 -> Y
        assertTrue(UniquePupilNumber.isValid("Y20700001604Z"));
        // T is worth 16 (I, O and S are skipped): 149 + 16*13 = 357; 357 mod 23 = 357 - 345 = 12 -> N
        assertTrue(UniquePupilNumber.isValid("N20700001604T"));
    }

    @Test
    void normalisesLetterCaseAndSurroundingBlanks() {
        assertEquals("M20700001604A", UniquePupilNumber.parse("  m20700001604a ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Q207000016049", // the right letter is P (13); Q is 14
        "B207000016049",
        "A123456789013", // changing the last digit changes the sum by 13
        "P207000016094", // transposed final digits: 9*12 + 4*13 = 160 instead of 165, sum 261 -> 8 -> J
        "L20700001604A", // temporary UPN, right letter M
        "N20700001604Z"})
    void refusesAWrongCheckLetter(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> UniquePupilNumber.parse(text));
        assertEquals("upn", e.violations().getFirst().field());
        assertTrue(e.violations().getFirst().reason().contains("check letter"));
        assertFalse(e.getMessage().contains(text));
    }

    @Test
    void exactlyOneCheckLetterFitsEachNumber() {
        for (String rest : new String[] {"207000016049", "123456789012", "20700001604A"}) {
            int valid = 0;
            for (char c = 'A'; c <= 'Z'; c++) {
                if (UniquePupilNumber.isValid(c + rest)) {
                    valid++;
                }
            }
            assertEquals(1, valid, rest);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Q20700001604",     // 12 characters
        "Q2070000160490",   // 14 characters
        "1207000016049",    // no check letter
        "I207000016049",    // I is never a check letter
        "Q2070000160A9",    // a letter before the last position
        "Q20700001604I",    // I, O and S are not used at the end of a temporary UPN
        "Q20700001604O",
        "Q20700001604S",
        "Q207 000016049"})
    void refusesMalformedUpnsWithoutEchoingThem(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> UniquePupilNumber.parse(text));
        assertTrue(e.violations().getFirst().reason().startsWith("must be"));
        assertFalse(e.getMessage().contains(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesMissingText(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> UniquePupilNumber.parse(text));
        assertEquals("is required", e.violations().getFirst().reason());
    }

    @Test
    void theCheckLetterFunctionAgreesWithTheHandComputations() {
        assertEquals('P', UniquePupilNumber.checkLetter("?207000016049"));
        assertEquals('A', UniquePupilNumber.checkLetter("?123456789012"));
        assertEquals('M', UniquePupilNumber.checkLetter("?20700001604A"));
    }

    @Test
    void aBodyIsGivenTheCheckLetterComputedByHand() {
        assertEquals("P207000016049", UniquePupilNumber.withCheckLetter("207000016049").value());
        assertEquals("A123456789012", UniquePupilNumber.withCheckLetter("123456789012").value());
        assertEquals("M20700001604A", UniquePupilNumber.withCheckLetter("20700001604A").value());
        assertTrue(UniquePupilNumber.withCheckLetter("20700001604A").isTemporary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20700001604", "2070000160490", "2070000A6049", "20700001604I"})
    void aBodyOfTheWrongShapeIsRefused(String body) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> UniquePupilNumber.withCheckLetter(body));
        assertEquals("upn", e.violations().getFirst().field());
    }

    @Test
    void toStringHidesTheNumber() {
        assertFalse(UniquePupilNumber.parse("P207000016049").toString().contains("207000016049"));
    }
}
