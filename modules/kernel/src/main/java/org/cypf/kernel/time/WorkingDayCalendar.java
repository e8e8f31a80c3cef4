package org.cypf.kernel.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Working days for statutory timescales. Children's services in England count many deadlines in working days (a decision
 * on a referral within one working day, a child and family assessment within 45, an initial child protection conference
 * within 15), and a working day is Monday to Friday except the bank holidays of England and Wales.
 *
 * <p>Bank holidays are computed by rule rather than listed, for the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: New
 * Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day,
 * with the substitute weekdays used when a holiday falls at a weekend, the years a holiday was moved by proclamation, and
 * the one-off holidays (the millennium, jubilees, a royal wedding, the state funeral and the coronation). A new one-off
 * must be added here when it is proclaimed. Dates outside those years are refused rather than guessed.
 *
 * <p>A calendar may also carry extra closure days (for example a council's own office closures between Christmas and New
 * Year), which are not working days either. Instances are immutable and thread-safe; each year's bank holidays are
 * computed once, on first use.
 */
public final class WorkingDayCalendar {
    public static final int FIRST_YEAR = 1995;
    public static final int LAST_YEAR = 2100;

    /** Early May bank holiday moved from the first Monday of May: VE Day 50th (1995) and 75th (2020) anniversaries. */
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
            1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));

    /** Spring bank holiday moved from the last Monday of May to make a long weekend with a jubilee. */
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    /** Holidays granted once by proclamation. */
    private static final List<LocalDate> ONE_OFFS = List.of(
            LocalDate.of(1999, 12, 31), // millennium
            LocalDate.of(2002, 6, 3),   // Golden Jubilee
            LocalDate.of(2011, 4, 29),  // wedding of Prince William and Catherine Middleton
            LocalDate.of(2012, 6, 5),   // Diamond Jubilee
            LocalDate.of(2022, 6, 3),   // Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // State Funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // Coronation of King Charles III

    /** Shared by every calendar: the rules do not depend on the extra closures. */
    private static final ConcurrentMap<Integer, NavigableSet<LocalDate>> BANK_HOLIDAYS = new ConcurrentHashMap<>();

    private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Set.of());

    private final NavigableSet<LocalDate> closures;

    /**
     * England and Wales bank holidays plus {@code extraClosures}, days the organisation is closed although they are not
     * bank holidays.
     */
    public WorkingDayCalendar(Collection<LocalDate> extraClosures) {
        Objects.requireNonNull(extraClosures, "extraClosures");
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate d : extraClosures) {
            copy.add(Objects.requireNonNull(d, "closure date"));
        }
        this.closures = Collections.unmodifiableNavigableSet(copy);
    }

    /** Monday to Friday except England and Wales bank holidays. */
    public static WorkingDayCalendar england() {
        return ENGLAND;
    }

    /** This calendar with {@code moreClosures} also closed. */
    public WorkingDayCalendar withClosures(Collection<LocalDate> moreClosures) {
        Objects.requireNonNull(moreClosures, "moreClosures");
        TreeSet<LocalDate> all = new TreeSet<>(closures);
        all.addAll(moreClosures);
        return new WorkingDayCalendar(all);
    }

    /** The extra closure days of this calendar, in date order. */
    public Set<LocalDate> closures() {
        return closures;
    }

    /** The England and Wales bank holidays of {@code year}, in date order (the extra closures are not included). */
    public Set<LocalDate> bankHolidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("bank holidays are known for " + FIRST_YEAR + " to " + LAST_YEAR + " only");
        }
        return BANK_HOLIDAYS.computeIfAbsent(year, WorkingDayCalendar::computeBankHolidays);
    }

    /** Whether {@code date} is a weekday that is neither a bank holiday nor a closure day. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isWeekday(date) && !bankHolidays(date.getYear()).contains(date) && !closures.contains(date);
    }

    /**
     * The day {@code days} working days after {@code from}, not counting {@code from} itself: one working day after Friday
     * 22 December 2023 is Wednesday 27 December. A negative {@code days} counts back (the working day {@code -days} working
     * days before {@code from}); zero gives {@code from}. The result is always a working day unless {@code days} is zero.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        int step = days < 0 ? -1 : 1;
        long remaining = Math.abs((long) days);
        LocalDate d = from;
        while (remaining > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. If {@code toInclusive} is before {@code fromExclusive} the
     * count runs backwards, still excluding the first date and including the second, and is negative.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isAfter(fromExclusive)) {
            return countWorkingDays(fromExclusive.plusDays(1), toInclusive.plusDays(1));
        }
        return -countWorkingDays(toInclusive, fromExclusive);
    }

    /** Working days in [start, endExclusive), by weekday arithmetic less the non-working weekdays, not day by day. */
    private int countWorkingDays(LocalDate start, LocalDate endExclusive) {
        if (!endExclusive.isAfter(start)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(start, endExclusive);
        long count = days / 7 * 5;
        LocalDate d = start.plusDays(days / 7 * 7);
        for (; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                count++;
            }
        }
        LocalDate last = endExclusive.minusDays(1);
        for (int year = start.getYear(); year <= last.getYear(); year++) {
            for (LocalDate holiday : bankHolidays(year)) {
                if (!holiday.isBefore(start) && holiday.isBefore(endExclusive) && isWeekday(holiday)) {
                    count--;
                }
            }
        }
        for (LocalDate closure : closures.subSet(start, true, endExclusive, false)) {
            if (isWeekday(closure) && !bankHolidays(closure.getYear()).contains(closure)) {
                count--;
            }
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private static NavigableSet<LocalDate> computeBankHolidays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();

        // New Year's Day; at a weekend the holiday is the following Monday.
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        days.add(isWeekday(newYear) ? newYear : newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));

        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2)); // Good Friday
        days.add(easter.plusDays(1));  // Easter Monday

        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(EARLY_MAY_MOVED.getOrDefault(year, may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
        days.add(SPRING_MOVED.getOrDefault(year, may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));

        // Christmas and Boxing Day: a holiday at a weekend moves to the next weekday not already a holiday.
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.add(christmas.plusDays(2)); // Monday 27, for Christmas Day
                days.add(christmas.plusDays(3)); // Tuesday 28, for Boxing Day
            }
            case SUNDAY -> {
                days.add(christmas.plusDays(1)); // Monday 26, Boxing Day
                days.add(christmas.plusDays(2)); // Tuesday 27, for Christmas Day
            }
            case FRIDAY -> {
                days.add(christmas);
                days.add(christmas.plusDays(3)); // Monday 28, for Boxing Day
            }
            default -> {
                days.add(christmas);
                days.add(christmas.plusDays(1));
            }
        }

        for (LocalDate oneOff : ONE_OFFS) {
            if (oneOff.getYear() == year) {
                days.add(oneOff);
            }
        }
        return Collections.unmodifiableNavigableSet(days);
    }

    /** Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
