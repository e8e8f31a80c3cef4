package org.cypf.educationskills.virtualschool.domain;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Personal Education Plan is due 20 working days after the child entered care (the day of entry not counted).
 * Every expected date below was counted by hand on a calendar; the comments show the count.
 */
class VirtualSchoolRegistrationTest {
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.england();
    private static final LocalDate BORN = of(2015, 6, 1);

    private static VirtualSchoolRegistration enteredCareOn(LocalDate date) {
        return VirtualSchoolRegistration.register(ChildId.newId(), null, BORN, date, ENGLAND);
    }

    @Test
    void pep_is_due_twenty_weekdays_later_when_no_bank_holiday_intervenes() {
        // Mon 2 June 2025: weeks to Fri 6, 13, 20, 27 June are 4, 9, 14, 19 working days; Mon 30 June is the 20th.
        assertEquals(of(2025, 6, 30), enteredCareOn(of(2025, 6, 2)).pepDueBy());
    }

    @Test
    void easter_and_the_early_may_bank_holiday_are_not_counted() {
        // Thu 10 April 2025. Fri 11 (1), Mon 14 - Thu 17 (2-5), Good Friday 18 and Easter Monday 21 skipped,
        // Tue 22 - Fri 25 (6-9), Mon 28 - Fri 2 May (10-14), early May bank holiday Mon 5 May skipped,
        // Tue 6 - Fri 9 (15-18), Mon 12 (19), Tue 13 May (20). Without the three holidays it would be Thu 8 May.
        assertEquals(of(2025, 5, 13), enteredCareOn(of(2025, 4, 10)).pepDueBy());
    }

    @Test
    void christmas_boxing_day_and_new_years_day_are_not_counted() {
        // Mon 15 December 2025. Tue 16 - Fri 19 (1-4), Mon 22 - Wed 24 (5-7), Christmas Thu 25 and Boxing Day
        // Fri 26 skipped, Mon 29 - Wed 31 (8-10), New Year's Day Thu 1 Jan skipped, Fri 2 (11), Mon 5 - Fri 9
        // (12-16), Mon 12 - Thu 15 January 2026 (17-20).
        assertEquals(of(2026, 1, 15), enteredCareOn(of(2025, 12, 15)).pepDueBy());
    }

    @ParameterizedTest(name = "entering care on {0} makes the PEP due on {1}")
    @CsvSource({
            // A child who enters care at the weekend: the count starts on Monday. Sat 7 June 2025 -> Mon 9 (1) ..
            // Fri 4 July (20).
            "2025-06-07, 2025-07-04",
            // Christmas Day 2026 is a Friday, so Boxing Day's substitute is Mon 28 Dec. Wed 23 Dec 2026: Thu 24 (1),
            // Fri 25 and Mon 28 skipped, Tue 29 - Thu 31 (2-4), New Year's Day Fri 1 Jan skipped, Mon 4 - Fri 8
            // (5-9), 11-15 (10-14), 18-22 (15-19), Mon 25 January 2027 (20).
            "2026-12-23, 2027-01-25",
            // Entering care on a bank holiday itself (Easter Monday 21 April 2025): Tue 22 (1) .. Fri 2 May (9),
            // Mon 5 May skipped, Tue 6 (10) .. Tue 20 May (20).
            "2025-04-21, 2025-05-20"
    })
    void weekends_substitute_days_and_holiday_entry_dates(LocalDate entered, LocalDate due) {
        assertEquals(due, enteredCareOn(entered).pepDueBy());
    }

    @Test
    void a_new_registration_is_on_the_roll_at_version_zero_with_what_social_care_said() {
        ChildId child = ChildId.newId();
        var r = VirtualSchoolRegistration.register(child, null, BORN, of(2025, 6, 2), ENGLAND);
        assertEquals(child, r.childId());
        assertEquals(BORN, r.dateOfBirth());
        assertEquals(of(2025, 6, 2), r.enteredCareOn());
        assertNull(r.leftCareOn());
        assertTrue(r.isOnRoll());
        assertEquals(0, r.version());
    }

    @Test
    void leaving_care_ends_the_registration_and_keeps_everything_else() {
        var registered = enteredCareOn(of(2025, 4, 10));
        var left = registered.leftCare(of(2025, 9, 1));
        assertEquals(of(2025, 9, 1), left.leftCareOn());
        assertFalse(left.isOnRoll());
        assertEquals(registered.id(), left.id());
        assertEquals(registered.pepDueBy(), left.pepDueBy());
        assertEquals(registered.version(), left.version(), "the version read is what the update checks against");
        assertTrue(registered.isOnRoll(), "registrations are values: the original is unchanged");
    }

    @Test
    void leaving_care_on_the_day_of_entering_is_allowed() {
        var r = enteredCareOn(of(2025, 4, 10));
        assertEquals(of(2025, 4, 10), r.leftCare(of(2025, 4, 10)).leftCareOn());
    }

    @Test
    void leaving_care_before_entering_it_is_refused_naming_the_field() {
        var r = enteredCareOn(of(2025, 4, 10));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> r.leftCare(of(2025, 4, 9)));
        assertEquals(List.of("leftCareOn"), refused.violations().stream().map(FieldViolation::field).toList());
    }
}
