package org.cypf.educationskills.settings.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.kernel.problem.Violations;

/**
 * A school year's term dates (ADR 0049): a setting's own ({@code urn}), or the local authority's, which every setting
 * without its own follows ({@code urn} null). The rules a year's dates keep, each named when refused:
 * <ul>
 *   <li>{@code TERM-01}: three terms, autumn, spring and summer, each once;</li>
 *   <li>{@code TERM-02}: each term ends on or after it starts, and the terms follow each other in that order without
 *       overlapping;</li>
 *   <li>{@code TERM-03}: every term day falls in the school year (1 September to 31 August);</li>
 *   <li>{@code TERM-04}: each holiday (half term, a training day, a closure) is named, ends on or after it starts
 *       and lies within one term; at most {@value #MAX_HOLIDAYS} a year.</li>
 * </ul>
 */
public record TermDates(Integer urn, AcademicYear year, List<SchoolTerm> terms, List<SchoolHoliday> holidays) {
    public static final int MAX_HOLIDAYS = 40;
    public static final int MAX_NAME_LENGTH = 100;

    public TermDates {
        terms = terms.stream().sorted(Comparator.comparing(SchoolTerm::term)).toList();
        holidays = holidays.stream().sorted(Comparator.comparing(SchoolHoliday::firstDay)).toList();
    }

    /** Checks a year's terms and holidays as given (in the order given, so fields name the client's indexes). */
    public static void check(Violations v, AcademicYear year, List<SchoolTerm> terms, List<SchoolHoliday> holidays) {
        boolean complete = terms.size() == 3 && terms.stream().map(SchoolTerm::term).distinct().count() == 3
                && terms.stream().allMatch(t -> t.term() != null);
        v.check(complete, "terms", "must be the three terms AUTUMN, SPRING and SUMMER, each once (rule TERM-01)");
        LocalDate yearStart = year == null ? null : LocalDate.of(year.startYear(), 9, 1);
        LocalDate yearEnd = year == null ? null : LocalDate.of(year.startYear() + 1, 8, 31);
        for (int i = 0; i < terms.size(); i++) {
            SchoolTerm t = terms.get(i);
            if (t.firstDay() == null || t.lastDay() == null) {
                v.add("terms[" + i + "]", "firstDay and lastDay are required");
                continue;
            }
            v.check(!t.lastDay().isBefore(t.firstDay()), "terms[" + i + "].lastDay",
                    "must be on or after the term's first day (rule TERM-02)");
            if (yearStart != null) {
                v.check(!t.firstDay().isBefore(yearStart) && !t.lastDay().isAfter(yearEnd), "terms[" + i + "]",
                        "must fall within the school year " + yearStart + " to " + yearEnd + " (rule TERM-03)");
            }
        }
        if (complete && terms.stream().allMatch(t -> t.firstDay() != null && t.lastDay() != null)) {
            List<SchoolTerm> ordered = terms.stream().sorted(Comparator.comparing(SchoolTerm::term)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                v.check(ordered.get(i).firstDay().isAfter(ordered.get(i - 1).lastDay()), "terms",
                        ordered.get(i).term() + " must start after " + ordered.get(i - 1).term()
                                + " ends: autumn, spring and summer in order, without overlapping (rule TERM-02)");
            }
        }
        v.check(holidays.size() <= MAX_HOLIDAYS, "holidays", "must be at most " + MAX_HOLIDAYS + " (rule TERM-04)");
        for (int i = 0; i < Math.min(holidays.size(), MAX_HOLIDAYS); i++) {
            SchoolHoliday h = holidays.get(i);
            String field = "holidays[" + i + "]";
            v.check(h.name() != null && !h.name().isBlank() && h.name().strip().length() <= MAX_NAME_LENGTH,
                    field + ".name", "is required, at most " + MAX_NAME_LENGTH + " characters (rule TERM-04)");
            if (h.firstDay() == null || h.lastDay() == null) {
                v.add(field, "firstDay and lastDay are required");
                continue;
            }
            v.check(!h.lastDay().isBefore(h.firstDay()), field + ".lastDay",
                    "must be on or after the holiday's first day (rule TERM-04)");
            v.check(terms.stream().anyMatch(t -> t.firstDay() != null && t.lastDay() != null
                            && t.contains(h.firstDay()) && t.contains(h.lastDay())), field,
                    "must lie within one term: the holidays between terms are not school days already (rule TERM-04)");
        }
    }

    /** A school day of this year: a weekday within a term and not in a holiday (bank holidays are the calendar's). */
    public boolean isSchoolDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && terms.stream().anyMatch(t -> t.contains(day)) && holidays.stream().noneMatch(h -> h.contains(day));
    }
}
