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
 * and {@code March 2007} (a month). The label itself is kept and shown as written.
 */
public final class PeriodLabels {
    /** What a label may look like, for the reason given when one cannot be read. */
    public static final String FORMS = "2006/07, 2007, Autumn 2007, Spring 2008, Summer 2008 or March 2007";
    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WORD_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");

    private PeriodLabels() {}

    /** The last day of the period the label names, if it is one of the forms read. */
    public static Optional<LocalDate> end(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String text = label.strip();
        Matcher m = SPLIT_YEAR.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
            return second == expected ? Optional.of(LocalDate.of(first + 1, 3, 31)) : Optional.empty();
        }
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
