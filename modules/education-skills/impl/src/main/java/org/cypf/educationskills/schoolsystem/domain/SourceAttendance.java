package org.cypf.educationskills.schoolsystem.domain;

import java.time.Instant;

/**
 * A term's attendance as the school information system holds it, before CYPF reads it: its own row id, its own
 * words for the year and term, marks rather than sessions. Any field may be missing or malformed; mapping decides.
 *
 * @param rowId        the system's id of the row (not personal data; names the row in a report)
 * @param academicYear as the system writes it, e.g. {@code 2024-2025}
 * @param term         as the system writes it, e.g. {@code AUT}, {@code SPR}, {@code SUM}
 */
public record SourceAttendance(long rowId, String upn, Integer urn, String academicYear, String term,
                               Integer possibleMarks, Integer absenceMarks, Instant changedAt) {}
