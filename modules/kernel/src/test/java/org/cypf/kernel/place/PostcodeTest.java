package org.cypf.kernel.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
        "ST4 1HH,   ST4 1HH",
        "st4 1hh,   ST4 1HH",
        "st41hh,    ST4 1HH",
        "' ST4   1HH ', ST4 1HH",
        "M1 1AE,    M1 1AE",     // A9
        "B338TH,    B33 8TH",    // A99
        "CR2 6XH,   CR2 6XH",    // AA9
        "dn551pt,   DN55 1PT",   // AA99
        "W1A 0AX,   W1A 0AX",    // A9A
        "ec1a1bb,   EC1A 1BB"})  // AA9A
    void normalisesToUpperCaseWithOneSpaceBeforeTheInwardCode(String input, String normal) {
        assertEquals(normal, Postcode.parse(input).value());
    }

    @Test
    void theSamePostcodeWrittenTwoWaysIsEqual() {
        assertEquals(Postcode.parse("st4 1hh"), Postcode.parse("ST41HH"));
    }

    @Test
    void exposesItsParts() {
        Postcode p = Postcode.parse("ec1a1bb");
        assertEquals("EC1A", p.outwardCode());
        assertEquals("1BB", p.inwardCode());
        assertEquals("EC", p.area());
        assertEquals("EC1A", p.district());
        assertEquals("EC1A 1", p.sector());

        Postcode q = Postcode.parse("M1 1AE");
        assertEquals("M", q.area());
        assertEquals("M1", q.outwardCode());
        assertEquals("M1 1", q.sector());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ST4",        // outward code only
        "1HH",
        "ST4 1H",     // inward code too short
        "ST4 HH1",    // inward code must be 9AA
        "ST4 11H",
        "STA 1HH",    // outward code needs a digit
        "4ST 1HH",    // must start with a letter
        "ABC1 1HH",   // three letters
        "ST123 1HH",  // three digits
        "S1AA 1HH",   // A9AA is not a format
        "ST4-1HH",
        "ST4 1ĤH",
        "ST4 1HH X"})
    void refusesWhatIsNotAPostcodeWithoutEchoingIt(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Postcode.parse(text));
        // a fixed reason, so nothing of the input reaches messages or logs
        assertEquals(new FieldViolation("postcode", "must be a UK postcode such as ST4 1HH"), e.violations().getFirst());
        assertFalse(Postcode.isValid(text));
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThrows(InvalidInput.class, () -> new Postcode("st4 1hh"));
        assertThrows(InvalidInput.class, () -> new Postcode("ST41HH"));
        assertThrows(InvalidInput.class, () -> new Postcode("ST4  1HH"));
        assertTrue(Postcode.isValid("ST4 1HH"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingText(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Postcode.parse(text));
        assertEquals("is required", e.violations().getFirst().reason());
    }

    @Test
    void toStringHidesThePostcode() {
        assertFalse(Postcode.parse("ST4 1HH").toString().contains("1HH"));
    }
}
