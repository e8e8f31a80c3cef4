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

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11-2 = 9
        "9434765919",
        // 9*10+4*9+3*8+4*7+7*6+6*5+5*4+8*3+7*2 = 308; 308 mod 11 = 0; 11-0 = 11, which means 0
        "9434765870",
        // 4*10+0+1*8+0+2*6+3*5+2*4+1*3+3*2 = 92; 92 mod 11 = 4; 11-4 = 7
        "4010232137"})
    void acceptsNumbersWithTheRightCheckDigit(String digits) {
        NhsNumber n = NhsNumber.parse(digits);
        assertEquals(digits, n.value());
        assertTrue(NhsNumber.isValid(digits));
    }

    @Test
    void acceptsSpacesAndHyphensAndStoresTheDigits() {
        assertEquals("9434765919", NhsNumber.parse("943 476 5919").value());
        assertEquals("9434765919", NhsNumber.parse(" 943-476-5919 ").value());
        assertEquals(NhsNumber.parse("9434765919"), NhsNumber.parse("943 476 5919"));
    }

    @Test
    void formatsInThreeThreeFour() {
        assertEquals("943 476 5919", NhsNumber.parse("9434765919").formatted());
        assertEquals("401 023 2137", new NhsNumber("4010232137").formatted());
    }

    @Test
    void refusesAWrongCheckDigit() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> NhsNumber.parse("9434765918"));
        assertEquals("nhsNumber", e.violations().getFirst().field());
        assertTrue(e.violations().getFirst().reason().contains("check digit"));
        assertFalse(NhsNumber.isValid("9434765918"));
        assertFalse(NhsNumber.isValid("9434765910"));
    }

    @Test
    void refusesEveryNumberWhoseCheckDigitWouldBeTen() {
        // 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+9*2 = 210; 210 mod 11 = 1; 11-1 = 10: no digit can be right
        for (int last = 0; last <= 9; last++) {
            assertFalse(NhsNumber.isValid("123456789" + last), "123456789" + last);
        }
    }

    @Test
    void exactlyOneCheckDigitFitsAValidPrefix() {
        int valid = 0;
        for (int last = 0; last <= 9; last++) {
            if (NhsNumber.isValid("943476591" + last)) {
                valid++;
            }
        }
        assertEquals(1, valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "94347659I9", "943.476.5919", "９４３４７６５９１９", "+434765919"})
    void refusesWrongLengthsAndCharactersWithoutEchoingThem(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> NhsNumber.parse(text));
        assertEquals("must be 10 digits", e.violations().getFirst().reason());
        assertFalse(e.getMessage().contains(text));
    }

    @Test
    void theConstructorTakesOnlyTheBareDigits() {
        assertThrows(InvalidInput.class, () -> new NhsNumber("943 476 5919"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesMissingText(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> NhsNumber.parse(text));
        assertEquals("is required", e.violations().getFirst().reason());
    }

    @Test
    void toStringHidesTheNumber() {
        NhsNumber n = NhsNumber.parse("9434765919");
        assertFalse(n.toString().contains("9434765919"));
        assertFalse(n.toString().contains("5919"));
    }
}
