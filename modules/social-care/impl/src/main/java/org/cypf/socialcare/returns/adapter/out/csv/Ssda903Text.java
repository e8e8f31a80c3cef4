package org.cypf.socialcare.returns.adapter.out.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** How the SSDA903 files spell values: dates as dd/mm/yyyy, yes/no as 1/0, nothing as an empty field. */
final class Ssda903Text {
    /** SSDA903 dates: dd/mm/yyyy, strictly (31/02/2015 is refused, not moved to March). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Ssda903Text() {}

    /**
     * A date as {@link #DATE} reads it. The usual dd/mm/yyyy of a real calendar day is read directly (a return has
     * several a row); anything else goes through the formatter, so what it refuses, and how, is unchanged.
     *
     * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse} does
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
            int day = digits(text, 0, 2);
            int month = digits(text, 3, 5);
            int year = digits(text, 6, 10);
            if (day > 0 && month > 0 && month <= 12 && year >= 0
                    && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text, DATE);
    }

    /** The number the ASCII digits of {@code text} from {@code from} to {@code to} spell, or -1. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * A date as {@link #DATE} writes it. Years 0 to 9999 (every date a return holds) are spelt by hand, as the export
     * writes several a row; any other goes through the formatter.
     */
    static String text(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return DATE.format(d);
        }
        char[] out = new char[10];
        two(out, 0, d.getDayOfMonth());
        out[2] = '/';
        two(out, 3, d.getMonthValue());
        out[5] = '/';
        two(out, 6, year / 100);
        two(out, 8, year % 100);
        return new String(out);
    }

    private static void two(char[] out, int at, int n) {
        out[at] = (char) ('0' + n / 10);
        out[at + 1] = (char) ('0' + n % 10);
    }

    static String of(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate d -> text(d);
            case Boolean b -> b ? "1" : "0";
            default -> value.toString();
        };
    }
}
