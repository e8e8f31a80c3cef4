package org.cypf.educationskills.schoolsystem.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a feed of a school information system has been read: the change time and row id of the last row read.
 * Rows are read in (change time, row id) order, so two rows changed in the same instant are neither skipped nor read
 * twice.
 */
public record Watermark(Instant changedAt, long lastRowId) {
    /** Before every row: a first run reads the whole feed. */
    public static final Watermark START = new Watermark(Instant.EPOCH, 0);

    public Watermark {
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Whether a row changed at {@code at} with id {@code rowId} comes after this mark. */
    public boolean isBefore(Instant at, long rowId) {
        int c = changedAt.compareTo(at);
        return c < 0 || c == 0 && lastRowId < rowId;
    }
}
