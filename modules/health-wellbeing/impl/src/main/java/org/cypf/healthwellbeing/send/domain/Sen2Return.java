package org.cypf.healthwellbeing.send.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.cypf.kernel.problem.InvalidInput;

/**
 * A SEN2 return (DfE, person level, from the 2023 collection): the census date is the third Thursday of January
 * of the collection year (16 January 2025, 15 January 2026); activity is counted over the calendar year before it.
 * A request is in the return when it was received by the census date and its work was not finished before the
 * calendar year began: its plan active at the census date or ceased in the year, its decision or plan made in the
 * year, or its work still going on.
 */
public record Sen2Return(int collectionYear, LocalDate referenceDate, LocalDate from, LocalDate to,
                         List<EhcRequest> requests) {
    /** The first collection with person-level SEN2 as the only return. */
    public static final int FIRST_YEAR = 2023;

    public Sen2Return {
        requests = List.copyOf(requests);
    }

    /** The census date of {@code collectionYear}: the third Thursday of January. */
    public static LocalDate referenceDate(int collectionYear) {
        if (collectionYear < FIRST_YEAR || collectionYear > 2100) {
            throw InvalidInput.of("year", "must be a SEN2 person-level collection year, " + FIRST_YEAR + " or later");
        }
        return LocalDate.of(collectionYear, 1, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    /** The first day of the calendar year the collection counts activity over. */
    public static LocalDate from(int collectionYear) {
        return LocalDate.of(collectionYear - 1, 1, 1);
    }

    public static LocalDate to(int collectionYear) {
        return LocalDate.of(collectionYear - 1, 12, 31);
    }

    /** Whether the request belongs in the return (see the class comment): the one definition the SQL follows. */
    public static boolean counts(EhcRequest r, LocalDate from, LocalDate referenceDate) {
        if (r.receivedOn().isAfter(referenceDate)) {
            return false;
        }
        boolean notToAssessBefore = r.decision() == EhcRequest.Decision.NOT_TO_ASSESS && r.decidedOn().isBefore(from);
        boolean ceasedBefore = r.ceasedOn() != null && r.ceasedOn().isBefore(from);
        return !notToAssessBefore && !ceasedBefore;
    }
}
