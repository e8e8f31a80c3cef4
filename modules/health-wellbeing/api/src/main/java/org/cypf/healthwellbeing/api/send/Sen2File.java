package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.List;

/**
 * A SEN2 file: the collection year, its census (reference) date, the calendar year its activity is counted over
 * ({@code from} to {@code to}), the file's name, its XML text, how many requests and persons it holds, the SEN2
 * validation's findings ({@code submittable} when none is an ERROR), and notes on what CYPF leaves out because
 * health does not hold it.
 */
public record Sen2File(int collectionYear, LocalDate referenceDate, LocalDate from, LocalDate to, String fileName,
                       String xml, int requests, int persons, boolean submittable, List<Sen2Issue> issues,
                       List<String> notes) {
    public Sen2File {
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }
}
