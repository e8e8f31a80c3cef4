package org.cypf.governance.strategy.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as plans word them, read to the date they end so that a value given only with its label can be ordered
 * and judged: {@code 2006/07} (a financial year, ending 31 March 2007), {@code 2007} (a calendar year), {@code
 * Autumn 2007}, {@code Spring 2008}, {@code Summer 2008} (school terms, ending 31 December, 31 March and 31 July)
 * and {@code March 2007} (a month); academic years {@code AY 2024/25}, {@code Academic year 2024/25} or {@code
 * 2024/25 academic year} (ending 31 August 2025); financial-year quarters {@code Q3 2025-26} or {@code Q3 2025/26}
 * (Q1 April to June, so Q3 ends 31 December 2025 and Q4 31 March 2026) and calendar quarters {@code Q3 2025} (ending
 * 30 September 2025). A bare {@code 2024/25} stays the financial year, as plans and the DfE's LAIT most often mean
 * it; an academic year says so (ADR 0027). The label itself is kept and shown as written.
 */
public final class PeriodLabels {
    /** What a label may look like, for the reason given when one cannot be read. */
    public static final String FORMS = "2006/07, 2007, Autumn 2007, Spring 2008, Summer 2008, March 2007, "
            + "AY 2024/25, Q3 2025-26 or Q3 2025";
    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile(
            "(?i)(?:AY\\s*|academic\\s+year\\s+)(\\d{4}\\s*[/-]\\s*(?:\\d{2}|\\d{4}))|(\\d{4}\\s*[/-]\\s*(?:\\d{2}|\\d{4}))\\s+academic\\s+year");
    private static final Pattern QUARTER = Pattern.compile("(?i)Q([1-4])\\s+(\\d{4})(?:\\s*[/-]\\s*(\\d{2}|\\d{4}))?");
    private static final Pattern WORD_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");

    private PeriodLabels() {}

    /** The last day of the period the label names, if it is one of the forms read. */
    public static Optional<LocalDate> end(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String text = label.strip();
        Matcher m = ACADEMIC_YEAR.matcher(text);
        if (m.matches()) {
            return splitYearEnd(m.group(1) != null ? m.group(1) : m.group(2)).map(march -> march.withMonth(8).withDayOfMonth(31));
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            int quarter = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
            }
            return splitYearEnd(m.group(2) + "/" + m.group(3))
                    .map(march -> quarter == 4 ? march : YearMonth.of(year, 3 + quarter * 3).atEndOfMonth());
        }
        return financialOrOther(text);
    }

    /** 31 March of the second year of {@code 2006/07} or {@code 2006-2007}; empty when the years do not follow. */
    private static Optional<LocalDate> splitYearEnd(String text) {
        Matcher m = SPLIT_YEAR.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
        return second == expected ? Optional.of(LocalDate.of(first + 1, 3, 31)) : Optional.empty();
    }

    private static Optional<LocalDate> financialOrOther(String text) {
        if (SPLIT_YEAR.matcher(text).matches()) {
            return splitYearEnd(text);
        }
        Matcher m;
        if (YEAR.matcher(text).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(text), 12, 31));
        }
        m = WORD_YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            String word = m.group(1).toLowerCase(Locale.ROOT);
            switch (word) {
                case "autumn" -> { return Optional.of(LocalDate.of(year, 12, 31)); }
                case "spring" -> { return Optional.of(LocalDate.of(year, 3, 31)); }
                case "summer" -> { return Optional.of(LocalDate.of(year, 7, 31)); }
                default -> {
                    for (Month month : Month.values()) {
                        if (month.name().toLowerCase(Locale.ROOT).equals(word)) {
                            return Optional.of(YearMonth.of(year, month).atEndOfMonth());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
