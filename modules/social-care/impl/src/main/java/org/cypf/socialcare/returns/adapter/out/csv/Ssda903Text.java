package org.cypf.socialcare.returns.adapter.out.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** How the SSDA903 files spell values: dates as dd/mm/yyyy, yes/no as 1/0, nothing as an empty field. */
final class Ssda903Text {
    /** SSDA903 dates: dd/mm/yyyy, strictly (31/02/2015 is refused, not moved to March). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Ssda903Text() {}

    static String of(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate d -> DATE.format(d);
            case Boolean b -> b ? "1" : "0";
            default -> value.toString();
        };
    }
}
