package org.cypf.educationskills.settings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.kernel.time.WorkingDayCalendar;

/**
 * One setting's school days and terms (ADR 0049), from the term dates held for it, year by year: its own, else the
 * local authority's ({@code TermDates} with no URN). England's bank holidays are never school days. For a school year
 * with no term dates held at all, the calendar falls back to the approximation CYPF used before term dates were held
 * (ADR 0046): school days as working days, and terms from 1 September to 31 December, 1 January to 31 March and
 * 1 April to 31 July, August counted with the summer term. {@link #approximated(AcademicYear)} says when it did.
 */
public final class SchoolCalendar {
    /** Farther than any count of school days CYPF asks for can reach (20 school days, a term). */
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    private final Function<AcademicYear, Optional<TermDates>> source;
    private final WorkingDayCalendar bankHolidays;
    private final Map<AcademicYear, Optional<TermDates>> years = new HashMap<>();

    /** @param source the term dates that apply to a school year, if any are held (read once a year, when asked) */
    public SchoolCalendar(Function<AcademicYear, Optional<TermDates>> source, WorkingDayCalendar bankHolidays) {
        this.source = source;
        this.bankHolidays = bankHolidays;
    }

    /** The calendar of a setting for which no term dates are held: the approximation throughout. */
    public static SchoolCalendar approximate(WorkingDayCalendar bankHolidays) {
        return new SchoolCalendar(year -> Optional.empty(), bankHolidays);
    }

    private Optional<TermDates> held(AcademicYear year) {
        return years.computeIfAbsent(year, source);
    }

    /** Whether {@code year}'s days are approximated, no term dates being held for it. */
    public boolean approximated(AcademicYear year) {
        return held(year).isEmpty();
    }

    /** A school day: in a term and no holiday of the year's term dates, a weekday, not a bank holiday. */
    public boolean isSchoolDay(LocalDate day) {
        if (!bankHolidays.isWorkingDay(day)) {
            return false;
        }
        return held(AcademicYear.containing(day)).map(t -> t.isSchoolDay(day)).orElse(true);
    }

    /** The day that is the {@code days}th school day after {@code from} ({@code from} itself not counted). */
    public LocalDate addSchoolDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            day = day.plusDays(1);
            if (isSchoolDay(day) && ++counted == days) {
                return day;
            }
        }
        throw new IllegalStateException("fewer than " + days + " school days in the three years after " + from);
    }

    /**
     * The last day of the term after the one {@code date} falls in; a day in the holiday after a term counts with that
     * term (a PEP held in the summer holiday is reviewed by the end of the autumn term).
     */
    public LocalDate endOfNextTerm(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        List<SchoolTerm> terms = new ArrayList<>();
        for (int y = Math.max(2000, year.startYear() - 1); y <= Math.min(2100, year.startYear() + 1); y++) {
            terms.addAll(termsOf(new AcademicYear(y)));
        }
        int current = -1;
        for (int i = 0; i < terms.size(); i++) {
            if (!terms.get(i).firstDay().isAfter(date)) {
                current = i;
            }
        }
        return terms.get(current + 1).lastDay();
    }

    private List<SchoolTerm> termsOf(AcademicYear year) {
        return held(year).map(TermDates::terms).orElseGet(() -> {
            int y = year.startYear();
            return List.of(new SchoolTerm(Term.AUTUMN, LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31)),
                    new SchoolTerm(Term.SPRING, LocalDate.of(y + 1, 1, 1), LocalDate.of(y + 1, 3, 31)),
                    new SchoolTerm(Term.SUMMER, LocalDate.of(y + 1, 4, 1), LocalDate.of(y + 1, 7, 31)));
        });
    }
}
