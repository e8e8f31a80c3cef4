package org.cypf.familysupport.directory.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A weekly opening (an ORUK schedule with freq WEEKLY, one per day of its byday). */
public record Opening(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
    public Opening {
        Objects.requireNonNull(day, "day");
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("must open before it closes");
        }
    }

    /** Open at {@code time}: from opening (inclusive) to closing (exclusive). */
    public boolean openAt(LocalTime time) {
        return !time.isBefore(opensAt) && time.isBefore(closesAt);
    }
}
