package org.cypf.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MAR_3 = LocalDate.of(2024, 3, 3);

    @Test
    void refusesAnEndBeforeTheStart() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new DateRange(MAR_3, MAR_1));
        assertEquals(new FieldViolation("end", "must not be before the start"), e.violations().getFirst());
    }

    @Test
    void refusesAMissingStart() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new DateRange(null, MAR_1));
        assertEquals("start", e.violations().getFirst().field());
    }

    @Test
    void aSingleDayRangeIsAllowedAndContainsThatDay() {
        DateRange oneDay = DateRange.of(MAR_1, MAR_1);
        assertTrue(oneDay.contains(MAR_1));
        assertFalse(oneDay.contains(MAR_1.plusDays(1)));
        assertFalse(oneDay.contains(MAR_1.minusDays(1)));
    }

    @Test
    void bothEndsAreInclusive() {
        DateRange r = DateRange.of(MAR_1, MAR_3);
        assertTrue(r.contains(MAR_1));
        assertTrue(r.contains(LocalDate.of(2024, 3, 2)));
        assertTrue(r.contains(MAR_3));
        assertFalse(r.contains(LocalDate.of(2024, 2, 29)));
        assertFalse(r.contains(LocalDate.of(2024, 3, 4)));
    }

    @Test
    void anOpenRangeContainsEverythingFromItsStart() {
        DateRange r = DateRange.from(MAR_1);
        assertTrue(r.isOpen());
        assertNull(r.end());
        assertTrue(r.contains(MAR_1));
        assertTrue(r.contains(LocalDate.of(2099, 12, 31)));
        assertFalse(r.contains(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void closingSetsTheEndAndLeavesTheOriginalOpen() {
        DateRange open = DateRange.from(MAR_1);
        DateRange closed = open.closedOn(MAR_3);
        assertEquals(new DateRange(MAR_1, MAR_3), closed);
        assertFalse(closed.isOpen());
        assertTrue(open.isOpen());
        assertEquals(DateRange.of(MAR_1, MAR_1), open.closedOn(MAR_1));
    }

    @Test
    void closingBeforeTheStartIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> DateRange.from(MAR_3).closedOn(MAR_1));
        assertEquals(new FieldViolation("end", "must not be before the start"), e.violations().getFirst());
        assertThrows(InvalidInput.class, () -> DateRange.from(MAR_3).closedOn(null));
    }

    @Test
    void overlapsWhenTheyShareADay() {
        DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertTrue(march.overlaps(DateRange.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 5))));
        assertTrue(march.overlaps(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1))));
        assertTrue(march.overlaps(DateRange.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 12))));
        assertTrue(march.overlaps(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
        assertTrue(march.overlaps(march));
    }

    @Test
    void doesNotOverlapWhenOneEndsTheDayBeforeTheOtherStarts() {
        DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
        assertFalse(march.overlaps(april));
        assertFalse(april.overlaps(march));
        assertFalse(march.overlaps(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29))));
    }

    @Test
    void openRangesOverlapEverythingAfterTheirStart() {
        DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertTrue(DateRange.from(LocalDate.of(2024, 3, 31)).overlaps(march));
        assertTrue(march.overlaps(DateRange.from(LocalDate.of(2020, 1, 1))));
        assertFalse(DateRange.from(LocalDate.of(2024, 4, 1)).overlaps(march));
        assertFalse(march.overlaps(DateRange.from(LocalDate.of(2024, 4, 1))));
        assertTrue(DateRange.from(LocalDate.of(2030, 1, 1)).overlaps(DateRange.from(LocalDate.of(2024, 1, 1))));
    }
}
