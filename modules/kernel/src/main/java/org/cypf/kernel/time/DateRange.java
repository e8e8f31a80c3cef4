package org.cypf.kernel.time;

import java.time.LocalDate;
import java.util.Objects;

import org.cypf.kernel.problem.InvalidInput;

/**
 * A period of whole days, such as a placement, a legal status, a plan or a school enrolment. Both ends are inclusive,
 * the way practitioners and statutory returns count them (a placement from 1 to 3 March lasted three days); an open
 * range (no end) is one still going on.
 *
 * @param start the first day, required
 * @param end   the last day, inclusive; {@code null} while the period is still open
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (start == null) {
            throw InvalidInput.of("start", "is required");
        }
        if (end != null && end.isBefore(start)) {
            throw InvalidInput.of("end", "must not be before the start");
        }
    }

    /** A range from {@code start} to {@code end} inclusive; {@code end} may be {@code null} for an open range. */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** An open range that began on {@code start} and has not ended. */
    public static DateRange from(LocalDate start) {
        return new DateRange(start, null);
    }

    /** Whether the period has not ended yet. */
    public boolean isOpen() {
        return end == null;
    }

    /** Whether {@code date} falls within the period, both ends included. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Whether the two periods share at least one day (ranges that merely touch, one ending the day before the other starts, do not). */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return (other.end == null || !start.isAfter(other.end)) && (end == null || !other.start.isAfter(end));
    }

    /**
     * The same period ending on {@code end} (inclusive), for example when a placement ends. A closed range may be closed
     * again on another day, to correct its end.
     *
     * @throws InvalidInput if {@code end} is before the start
     */
    public DateRange closedOn(LocalDate end) {
        if (end == null) {
            throw InvalidInput.of("end", "is required");
        }
        return new DateRange(start, end);
    }
}
