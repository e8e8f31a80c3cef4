package org.cypf.socialcare.returns.domain;

import java.time.LocalDate;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A collection year of the DfE's returns, named by the year it starts: 2024 is 2024-25, 1 April 2024 to 31 March
 * 2025. Both returns (SSDA903 and the CIN census) answer for the same years.
 */
public record CollectionYear(int year) {
    /** The first year CYPF answers for (the code lists hold 2022-23 onwards; earlier codes are the same). */
    public static final int FIRST = 2000;

    /**
     * The year asked for, if it has started by {@code today}.
     *
     * @throws InvalidInput naming {@code collectionYear} for a year before {@value #FIRST} or not yet started
     */
    public static CollectionYear asked(int year, LocalDate today) {
        int current = Ssda903Codes.collectionYear(today);
        if (year < FIRST || year > current) {
            throw InvalidInput.of("collectionYear", "must be a collection year from " + FIRST + " to " + current
                    + " (named by the year it starts: 2024 is 2024-25)");
        }
        return new CollectionYear(year);
    }

    /** 1 April of the year. */
    public LocalDate from() {
        return LocalDate.of(year, 4, 1);
    }

    /** 31 March of the next. */
    public LocalDate to() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** {@code 2024-25}. */
    public String label() {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }
}
