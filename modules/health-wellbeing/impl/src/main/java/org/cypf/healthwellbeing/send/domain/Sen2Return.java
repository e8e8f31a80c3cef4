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

    /**
     * SEN2's RequestOutcome for {@code r}: H historical (decided before the year), A awaiting the decision, W withdrawn
     * or ceased before it, Y decided to assess, N decided not to.
     */
    public String requestOutcome(EhcRequest r) {
        if (r.decision() == null) {
            return r.sen2().withdrawnOn() != null ? "W" : "A";
        }
        if (r.decidedOn().isBefore(from)) {
            return "H";
        }
        return r.decision() == EhcRequest.Decision.ASSESS ? "Y" : "N";
    }

    /** The date of the request's outcome: the decision's, or the withdrawal's before one; null while awaited. */
    public static LocalDate requestOutcomeDate(EhcRequest r) {
        return r.decision() != null ? r.decidedOn() : r.sen2().withdrawnOn();
    }

    /**
     * SEN2's AssessmentOutcome (decision to issue a plan) of an assessed request: H historical (the plan issued
     * before the year), Y a plan issued, N decided not to issue, W withdrawn or ceased before the decision, A awaited.
     */
    public String assessmentOutcome(EhcRequest r) {
        if (r.planIssuedOn() != null) {
            return r.planIssuedOn().isBefore(from) ? "H" : "Y";
        }
        if (r.sen2().notToIssueOn() != null) {
            return "N";
        }
        return r.sen2().withdrawnOn() != null ? "W" : "A";
    }

    /** The date of the assessment's outcome: the plan's issue or the decision not to issue; null otherwise. */
    public static LocalDate assessmentOutcomeDate(EhcRequest r) {
        return r.planIssuedOn() != null ? r.planIssuedOn() : r.sen2().notToIssueOn();
    }

    /** A plan in force on the census date: issued by it and not ceased by it. */
    public boolean activeAtReference(EhcRequest r) {
        return r.planIssuedOn() != null && !r.planIssuedOn().isAfter(referenceDate)
                && (r.ceasedOn() == null || r.ceasedOn().isAfter(referenceDate));
    }

    /** Whether the request belongs in the return (see the class comment): the one definition the SQL follows. */
    public static boolean counts(EhcRequest r, LocalDate from, LocalDate referenceDate) {
        if (r.receivedOn().isAfter(referenceDate)) {
            return false;
        }
        boolean notToAssessBefore = r.decision() == EhcRequest.Decision.NOT_TO_ASSESS && r.decidedOn().isBefore(from);
        boolean ceasedBefore = r.ceasedOn() != null && r.ceasedOn().isBefore(from);
        boolean withdrawnBefore = r.sen2().withdrawnOn() != null && r.sen2().withdrawnOn().isBefore(from);
        boolean notToIssueBefore = r.sen2().notToIssueOn() != null && r.sen2().notToIssueOn().isBefore(from);
        return !notToAssessBefore && !ceasedBefore && !withdrawnBefore && !notToIssueBefore;
    }
}
