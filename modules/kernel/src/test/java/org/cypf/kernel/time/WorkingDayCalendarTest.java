package org.cypf.kernel.time;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates are those published on gov.uk/bank-holidays for England and Wales. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar england = WorkingDayCalendar.england();

    // ---- bank holidays, whole years -------------------------------------------------------------------------------

    @Test
    void bankHolidays2022IncludeThePlatinumJubileeAndTheStateFuneral() {
        assertEquals(List.of(
                of(2022, 1, 3),   // New Year's Day was a Saturday
                of(2022, 4, 15), of(2022, 4, 18),
                of(2022, 5, 2),
                of(2022, 6, 2),   // spring bank holiday moved to Thursday
                of(2022, 6, 3),   // Platinum Jubilee
                of(2022, 8, 29),
                of(2022, 9, 19),  // State Funeral of Queen Elizabeth II
                of(2022, 12, 26), // Boxing Day (Christmas was a Sunday)
                of(2022, 12, 27)),// substitute for Christmas Day
                List.copyOf(england.bankHolidays(2022)));
    }

    @Test
    void bankHolidays2023IncludeTheCoronation() {
        assertEquals(List.of(
                of(2023, 1, 2),   // New Year's Day was a Sunday
                of(2023, 4, 7), of(2023, 4, 10),
                of(2023, 5, 1),
                of(2023, 5, 8),   // Coronation of King Charles III
                of(2023, 5, 29),
                of(2023, 8, 28),
                of(2023, 12, 25), of(2023, 12, 26)),
                List.copyOf(england.bankHolidays(2023)));
    }

    @Test
    void bankHolidays2024() {
        assertEquals(List.of(
                of(2024, 1, 1),
                of(2024, 3, 29), of(2024, 4, 1),
                of(2024, 5, 6), of(2024, 5, 27),
                of(2024, 8, 26),
                of(2024, 12, 25), of(2024, 12, 26)),
                List.copyOf(england.bankHolidays(2024)));
    }

    @Test
    void bankHolidays2025() {
        assertEquals(List.of(
                of(2025, 1, 1),
                of(2025, 4, 18), of(2025, 4, 21),
                of(2025, 5, 5), of(2025, 5, 26),
                of(2025, 8, 25),
                of(2025, 12, 25), of(2025, 12, 26)),
                List.copyOf(england.bankHolidays(2025)));
    }

    @Test
    void bankHolidays2026() {
        assertEquals(List.of(
                of(2026, 1, 1),
                of(2026, 4, 3), of(2026, 4, 6),
                of(2026, 5, 4), of(2026, 5, 25),
                of(2026, 8, 31),
                of(2026, 12, 25),
                of(2026, 12, 28)), // Boxing Day is a Saturday
                List.copyOf(england.bankHolidays(2026)));
    }

    @Test
    void bankHolidays2020MovedEarlyMayToVeDayFriday() {
        assertEquals(List.of(
                of(2020, 1, 1),
                of(2020, 4, 10), of(2020, 4, 13),
                of(2020, 5, 8),   // Friday, VE Day 75th anniversary, not Monday 4 May
                of(2020, 5, 25),
                of(2020, 8, 31),
                of(2020, 12, 25),
                of(2020, 12, 28)),
                List.copyOf(england.bankHolidays(2020)));
        assertTrue(england.isWorkingDay(of(2020, 5, 4)));
    }

    @Test
    void bankHolidays2021HadBothChristmasSubstitutes() {
        // Christmas on Saturday: Monday 27 and Tuesday 28 December
        assertEquals(List.of(
                of(2021, 1, 1),
                of(2021, 4, 2), of(2021, 4, 5),
                of(2021, 5, 3), of(2021, 5, 31),
                of(2021, 8, 30),
                of(2021, 12, 27), of(2021, 12, 28)),
                List.copyOf(england.bankHolidays(2021)));
    }

    @Test
    void bankHolidays1995MovedEarlyMayToTheEighth() {
        assertEquals(List.of(
                of(1995, 1, 2),
                of(1995, 4, 14), of(1995, 4, 17),
                of(1995, 5, 8),   // VE Day 50th anniversary, not Monday 1 May
                of(1995, 5, 29),
                of(1995, 8, 28),
                of(1995, 12, 25), of(1995, 12, 26)),
                List.copyOf(england.bankHolidays(1995)));
        assertTrue(england.isWorkingDay(of(1995, 5, 1)));
    }

    @Test
    void bankHolidays1999IncludeTheMillennium() {
        assertEquals(List.of(
                of(1999, 1, 1),
                of(1999, 4, 2), of(1999, 4, 5),
                of(1999, 5, 3), of(1999, 5, 31),
                of(1999, 8, 30),
                of(1999, 12, 27), of(1999, 12, 28),
                of(1999, 12, 31)),
                List.copyOf(england.bankHolidays(1999)));
        assertEquals(of(2000, 1, 3), england.bankHolidays(2000).iterator().next()); // 1 January 2000 was a Saturday
    }

    @Test
    void bankHolidays2002IncludeTheGoldenJubilee() {
        assertEquals(List.of(
                of(2002, 1, 1),
                of(2002, 3, 29), of(2002, 4, 1),
                of(2002, 5, 6),
                of(2002, 6, 3),   // Golden Jubilee
                of(2002, 6, 4),   // spring bank holiday moved from 27 May
                of(2002, 8, 26),
                of(2002, 12, 25), of(2002, 12, 26)),
                List.copyOf(england.bankHolidays(2002)));
    }

    @Test
    void bankHolidays2011IncludeTheRoyalWedding() {
        assertEquals(List.of(
                of(2011, 1, 3),
                of(2011, 4, 22), of(2011, 4, 25),
                of(2011, 4, 29),  // wedding of Prince William
                of(2011, 5, 2), of(2011, 5, 30),
                of(2011, 8, 29),
                of(2011, 12, 26), of(2011, 12, 27)),
                List.copyOf(england.bankHolidays(2011)));
    }

    @Test
    void bankHolidays2012IncludeTheDiamondJubilee() {
        assertEquals(List.of(
                of(2012, 1, 2),
                of(2012, 4, 6), of(2012, 4, 9),
                of(2012, 5, 7),
                of(2012, 6, 4),   // spring bank holiday moved from 28 May
                of(2012, 6, 5),   // Diamond Jubilee
                of(2012, 8, 27),
                of(2012, 12, 25), of(2012, 12, 26)),
                List.copyOf(england.bankHolidays(2012)));
        assertTrue(england.isWorkingDay(of(2012, 5, 28)));
    }

    @Test
    void everyOrdinaryYearHasEightBankHolidaysAllOnWeekdays() {
        Set<Integer> specialYears = Set.of(1999, 2002, 2011, 2012, 2022, 2023);
        for (int year = WorkingDayCalendar.FIRST_YEAR; year <= WorkingDayCalendar.LAST_YEAR; year++) {
            Set<LocalDate> holidays = england.bankHolidays(year);
            if (!specialYears.contains(year)) {
                assertEquals(8, holidays.size(), "year " + year);
            }
            for (LocalDate d : holidays) {
                assertEquals(year, d.getYear());
                assertFalse(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d.toString());
            }
        }
    }

    @Test
    void theRulesHoldForADistantYear() {
        // 2100: New Year Friday; Easter 28 March; Christmas Saturday
        assertEquals(List.of(
                of(2100, 1, 1),
                of(2100, 3, 26), of(2100, 3, 29),
                of(2100, 5, 3), of(2100, 5, 31),
                of(2100, 8, 30),
                of(2100, 12, 27), of(2100, 12, 28)),
                List.copyOf(england.bankHolidays(2100)));
    }

    @Test
    void theUsualMondayHolidaysFollowTheirRuleInOrdinaryYears() {
        for (int year = 2030; year <= 2060; year++) {
            LocalDate may = of(year, Month.MAY, 1);
            Set<LocalDate> h = england.bankHolidays(year);
            assertTrue(h.contains(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))), "early May " + year);
            assertTrue(h.contains(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))), "spring " + year);
            assertTrue(h.contains(of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))), "summer " + year);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2022, 2022-12-26, 2022-12-27", // Christmas on Sunday: Boxing Day Monday, Christmas substitute Tuesday
        "2021, 2021-12-27, 2021-12-28", // Christmas on Saturday: Monday and Tuesday
        "2020, 2020-12-25, 2020-12-28", // Boxing Day on Saturday: Monday 28
        "2019, 2019-12-25, 2019-12-26"})
    void christmasSubstitutes(int year, LocalDate first, LocalDate second) {
        List<LocalDate> december = england.bankHolidays(year).stream().filter(d -> d.getMonth() == Month.DECEMBER).toList();
        assertEquals(List.of(first, second), december);
    }

    @ParameterizedTest
    @CsvSource({
        "2022, 2022-01-03", // Saturday
        "2023, 2023-01-02", // Sunday
        "2027, 2027-01-01", // Friday
        "2028, 2028-01-03"}) // Saturday
    void newYearSubstitutes(int year, LocalDate expected) {
        assertEquals(expected, england.bankHolidays(year).iterator().next());
    }

    @ParameterizedTest
    @CsvSource({
        "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2022, 2022-04-17",
        "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25",
        "2285, 2285-03-22"})
    void easterByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
        assertEquals(easter, WorkingDayCalendar.easterSunday(year));
    }

    @Test
    void refusesYearsWhoseHolidaysAreNotKnown() {
        assertThrows(IllegalArgumentException.class, () -> england.bankHolidays(1994));
        assertThrows(IllegalArgumentException.class, () -> england.bankHolidays(2101));
        assertThrows(IllegalArgumentException.class, () -> england.isWorkingDay(of(1990, 6, 1)));
    }

    @Test
    void theHolidaySetCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> england.bankHolidays(2024).add(of(2024, 7, 1)));
        assertFalse(england.bankHolidays(2024).contains(of(2024, 7, 1)));
    }

    // ---- working days ---------------------------------------------------------------------------------------------

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertTrue(england.isWorkingDay(of(2024, 3, 28)));   // Thursday before Good Friday
        assertFalse(england.isWorkingDay(of(2024, 3, 29)));  // Good Friday
        assertFalse(england.isWorkingDay(of(2024, 3, 30)));  // Saturday
        assertFalse(england.isWorkingDay(of(2024, 3, 31)));  // Sunday
        assertFalse(england.isWorkingDay(of(2024, 4, 1)));   // Easter Monday
        assertTrue(england.isWorkingDay(of(2024, 4, 2)));
        assertFalse(england.isWorkingDay(of(2026, 12, 26))); // Saturday Boxing Day
        assertFalse(england.isWorkingDay(of(2026, 12, 28))); // its substitute
    }

    @Test
    void oneWorkingDayAfterTheFridayBeforeChristmas2023IsWednesday27() {
        assertEquals(of(2023, 12, 27), england.addWorkingDays(of(2023, 12, 22), 1));
    }

    @Test
    void addingWorkingDaysAcrossChristmasAndNewYear() {
        // Thu 21 Dec 2023 + 1 = Fri 22; + 2 = Wed 27; + 5 = Fri 29 -> Tue 2 Jan (1 Jan is a holiday)
        LocalDate thursday = of(2023, 12, 21);
        assertEquals(of(2023, 12, 22), england.addWorkingDays(thursday, 1));
        assertEquals(of(2023, 12, 27), england.addWorkingDays(thursday, 2));
        assertEquals(of(2023, 12, 29), england.addWorkingDays(thursday, 4));
        assertEquals(of(2024, 1, 2), england.addWorkingDays(thursday, 5));
    }

    @Test
    void addingWorkingDaysAcrossEaster() {
        // Thu 28 Mar 2024 + 1 skips Good Friday, the weekend and Easter Monday: Tue 2 Apr
        assertEquals(of(2024, 4, 2), england.addWorkingDays(of(2024, 3, 28), 1));
        assertEquals(of(2024, 4, 2), england.addWorkingDays(of(2024, 3, 29), 1)); // from the holiday itself
        assertEquals(of(2024, 4, 2), england.addWorkingDays(of(2024, 3, 30), 1)); // from a Saturday
        assertEquals(4, england.workingDaysBetween(of(2024, 3, 27), of(2024, 4, 4)));
    }

    @Test
    void aChildAndFamilyAssessmentOf45WorkingDaysSpanningChristmas() {
        // Referral Monday 4 Dec 2023. Dec: 5..8 (4), 11..15 (5), 18..22 (5), 27..29 (3) = 17; 2..5 Jan (4) = 21;
        // then whole weeks 8..12, 15..19, 22..26, 29 Jan..2 Feb (20) = 41; 5..8 Feb (4) = 45 -> Thursday 8 Feb 2024.
        assertEquals(of(2024, 2, 8), england.addWorkingDays(of(2023, 12, 4), 45));
        assertEquals(45, england.workingDaysBetween(of(2023, 12, 4), of(2024, 2, 8)));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertEquals(of(2023, 12, 25), england.addWorkingDays(of(2023, 12, 25), 0));
        assertEquals(0, england.workingDaysBetween(of(2023, 12, 25), of(2023, 12, 25)));
    }

    @Test
    void negativeDaysCountBackwards() {
        // five working days before Tue 2 Jan 2024: Fri 29, Thu 28, Wed 27, Fri 22, Thu 21 Dec
        assertEquals(of(2023, 12, 21), england.addWorkingDays(of(2024, 1, 2), -5));
        assertEquals(-5, england.workingDaysBetween(of(2024, 1, 2), of(2023, 12, 21)));
        assertEquals(of(2023, 12, 22), england.addWorkingDays(of(2023, 12, 23), -1)); // from Saturday
        assertEquals(-1, england.workingDaysBetween(of(2023, 12, 23), of(2023, 12, 22)));
    }

    @Test
    void workingDaysBetweenExcludesTheFirstDateAndIncludesTheSecond() {
        LocalDate monday = of(2024, 6, 3);
        assertEquals(1, england.workingDaysBetween(monday, monday.plusDays(1)));
        assertEquals(4, england.workingDaysBetween(monday, monday.plusDays(4)));  // to Friday
        assertEquals(4, england.workingDaysBetween(monday, monday.plusDays(6)));  // to Sunday
        assertEquals(5, england.workingDaysBetween(monday, monday.plusDays(7)));  // to next Monday
        assertEquals(0, england.workingDaysBetween(of(2024, 6, 7), of(2024, 6, 9))); // Friday to Sunday
    }

    @Test
    void workingDaysInWholeYears() {
        // 2024: 262 weekdays less 8 bank holidays; 2023: 260 weekdays less 9; 2022: 260 less 10
        assertEquals(254, england.workingDaysBetween(of(2023, 12, 31), of(2024, 12, 31)));
        assertEquals(251, england.workingDaysBetween(of(2022, 12, 31), of(2023, 12, 31)));
        assertEquals(250, england.workingDaysBetween(of(2021, 12, 31), of(2022, 12, 31)));
    }

    @Test
    void countingAndAddingAgreeEverywhere() {
        // the fast count must match day-by-day stepping, both ways, from every day of a span with many holidays
        for (LocalDate from = of(2021, 12, 1); from.isBefore(of(2023, 6, 1)); from = from.plusDays(1)) {
            for (int n : new int[] {1, 2, 3, 5, 10, 15, 45, 65}) {
                LocalDate ahead = england.addWorkingDays(from, n);
                assertEquals(n, england.workingDaysBetween(from, ahead), from + " + " + n);
                if (england.isWorkingDay(from)) {
                    // between two working days the count is the same both ways; from a weekend it is not, since the
                    // first date is never counted and the second always is
                    assertEquals(-n, england.workingDaysBetween(ahead, from), ahead + " back to " + from);
                }
                assertTrue(england.isWorkingDay(ahead));
                LocalDate back = england.addWorkingDays(from, -n);
                assertEquals(-n, england.workingDaysBetween(from, back), from + " - " + n);
                assertTrue(england.isWorkingDay(back));
            }
        }
    }

    @Test
    void theCountMatchesAPlainDayByDayCount() {
        LocalDate start = of(2022, 5, 20);
        for (LocalDate end = start; end.isBefore(of(2023, 1, 15)); end = end.plusDays(1)) {
            int plain = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                if (england.isWorkingDay(d)) {
                    plain++;
                }
            }
            assertEquals(plain, england.workingDaysBetween(start, end), end.toString());
        }
    }

    // ---- extra closures -------------------------------------------------------------------------------------------

    @Test
    void extraClosureDaysAreNotWorkingDays() {
        // a council closed between Christmas and New Year 2024
        WorkingDayCalendar council = new WorkingDayCalendar(List.of(of(2024, 12, 27), of(2024, 12, 30), of(2024, 12, 31)));
        assertFalse(council.isWorkingDay(of(2024, 12, 27)));
        assertTrue(england.isWorkingDay(of(2024, 12, 27)));
        // one working day after Tue 24 Dec: Fri 27 for the country, Thu 2 Jan for the council
        assertEquals(of(2024, 12, 27), england.addWorkingDays(of(2024, 12, 24), 1));
        assertEquals(of(2025, 1, 2), council.addWorkingDays(of(2024, 12, 24), 1));
        assertEquals(1, council.workingDaysBetween(of(2024, 12, 24), of(2025, 1, 2)));
        assertEquals(4, england.workingDaysBetween(of(2024, 12, 24), of(2025, 1, 2)));
        // closures do not turn into bank holidays
        assertEquals(england.bankHolidays(2024), council.bankHolidays(2024));
    }

    @Test
    void closuresOnWeekendsOrBankHolidaysAreNotCountedTwice() {
        WorkingDayCalendar council = new WorkingDayCalendar(Set.of(of(2024, 12, 25), of(2024, 12, 28), of(2024, 12, 27)));
        assertEquals(england.workingDaysBetween(of(2024, 12, 1), of(2025, 1, 31)) - 1,
                council.workingDaysBetween(of(2024, 12, 1), of(2025, 1, 31)));
    }

    @Test
    void withClosuresAddsToTheExistingOnes() {
        WorkingDayCalendar a = england.withClosures(List.of(of(2025, 8, 1)));
        WorkingDayCalendar b = a.withClosures(List.of(of(2025, 8, 4)));
        assertEquals(Set.of(of(2025, 8, 1), of(2025, 8, 4)), b.closures());
        assertFalse(b.isWorkingDay(of(2025, 8, 1)));
        assertFalse(b.isWorkingDay(of(2025, 8, 4)));
        assertTrue(a.isWorkingDay(of(2025, 8, 4)));
        assertTrue(england.closures().isEmpty());
        assertSame(england, WorkingDayCalendar.england());
    }

    @Test
    void closuresAreCopiedSoTheCallerCannotChangeThemLater() {
        List<LocalDate> mine = new ArrayList<>(List.of(of(2025, 8, 1)));
        WorkingDayCalendar council = new WorkingDayCalendar(mine);
        mine.add(of(2025, 8, 4));
        assertTrue(council.isWorkingDay(of(2025, 8, 4)));
        assertThrows(NullPointerException.class, () -> new WorkingDayCalendar(java.util.Arrays.asList(of(2025, 8, 1), null)));
    }

    @Test
    void isSafeToUseFromManyThreadsAtOnce() throws Exception {
        // a fresh calendar still shares the lazily filled cache; race many threads over years never asked before
        WorkingDayCalendar fresh = new WorkingDayCalendar(Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                jobs.add(() -> fresh.workingDaysBetween(of(2060, 12, 31), of(2090, 12, 31)));
            }
            int expected = -1;
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                int v = f.get();
                if (expected < 0) {
                    expected = v;
                }
                assertEquals(expected, v);
            }
            int plain = 0;
            for (LocalDate d = of(2061, 1, 1); !d.isAfter(of(2090, 12, 31)); d = d.plusDays(1)) {
                if (fresh.isWorkingDay(d)) {
                    plain++;
                }
            }
            assertEquals(plain, expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
