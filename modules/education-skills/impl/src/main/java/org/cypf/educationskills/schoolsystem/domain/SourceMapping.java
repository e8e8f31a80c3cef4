package org.cypf.educationskills.schoolsystem.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;

/**
 * How the school information system's words become the census terms education's imports read (ADR 0103): its academic
 * year {@code 2024-2025} is {@code 2024/25}; its terms {@code AUT}, {@code SPR}, {@code SUM} are Autumn, Spring and
 * Summer; a {@code Suspension} is census category {@code FIXD}, a {@code Permanent} exclusion {@code PERM}; marks are
 * sessions. A row that cannot be mapped gives the column and the rule instead.
 */
public final class SourceMapping {
    static final Map<String, String> TERMS = Map.of("AUT", "Autumn", "SPR", "Spring", "SUM", "Summer");
    static final Map<String, String> CATEGORIES = Map.of("Suspension", "FIXD", "Permanent", "PERM");

    private SourceMapping() {}

    /** One row of the import's CSV, or the reason the row cannot be one. */
    public record Mapped(List<String> fields, UnmappedRow unmapped) {
        public Mapped {
            fields = fields == null ? null : List.copyOf(fields);
        }
    }

    /** Attendance as {@code UPN, URN, AcademicYear, Term, SessionsPossible, SessionsMissed}. */
    public static Mapped attendance(SourceAttendance row) {
        String feed = "attendance";
        Optional<UnmappedRow> upn = upn(feed, row.rowId(), row.upn());
        if (upn.isPresent()) {
            return new Mapped(null, upn.get());
        }
        if (row.urn() == null) {
            return refused(feed, row.rowId(), "school_urn", "is required");
        }
        String year = row.academicYear() == null ? "" : row.academicYear().trim();
        if (!year.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            return refused(feed, row.rowId(), "academic_year", "must be two consecutive years, e.g. 2024-2025");
        }
        String term = row.term() == null ? null : TERMS.get(row.term().trim().toUpperCase(java.util.Locale.ROOT));
        if (term == null) {
            return refused(feed, row.rowId(), "term_code", "must be AUT, SPR or SUM");
        }
        if (row.possibleMarks() == null || row.absenceMarks() == null) {
            return refused(feed, row.rowId(), row.possibleMarks() == null ? "possible_marks" : "absence_marks",
                    "is required");
        }
        String censusYear = year.substring(0, 4) + "/" + year.substring(7); // 2024-2025 is the census's 2024/25
        return new Mapped(List.of(row.upn().trim(), row.urn().toString(), censusYear, term,
                row.possibleMarks().toString(), row.absenceMarks().toString()), null);
    }

    /** A suspension as {@code UPN, URN, Category, Reason, StartDate, Sessions}. */
    public static Mapped suspension(SourceSuspension row) {
        String feed = "suspensions";
        Optional<UnmappedRow> upn = upn(feed, row.rowId(), row.upn());
        if (upn.isPresent()) {
            return new Mapped(null, upn.get());
        }
        if (row.urn() == null) {
            return refused(feed, row.rowId(), "school_urn", "is required");
        }
        String category = row.type() == null ? null : CATEGORIES.get(row.type().trim());
        if (category == null) {
            return refused(feed, row.rowId(), "exclusion_type", "must be Suspension or Permanent");
        }
        if (row.startDate() == null) {
            return refused(feed, row.rowId(), "start_date", "is required");
        }
        String sessions = "";
        if (row.sessions() != null) {
            BigDecimal s = row.sessions().stripTrailingZeros();
            if (s.scale() > 0) {
                return refused(feed, row.rowId(), "sessions", "must be whole sessions (half days): the census counts "
                        + "no part of a session");
            }
            sessions = s.toPlainString();
        }
        return new Mapped(List.of(row.upn().trim(), row.urn().toString(), category,
                row.reason() == null ? "" : row.reason().trim(), row.startDate().toString(), sessions), null);
    }

    private static Optional<UnmappedRow> upn(String feed, long rowId, String upn) {
        if (upn == null || upn.isBlank()) {
            return Optional.of(new UnmappedRow(feed, rowId, "upn", "is required"));
        }
        try {
            UniquePupilNumber.parse(upn.trim());
            return Optional.empty();
        } catch (InvalidInput e) {
            return Optional.of(new UnmappedRow(feed, rowId, "upn", e.violations().isEmpty() ? "is not a UPN"
                    : e.violations().getFirst().reason()));
        }
    }

    private static Mapped refused(String feed, long rowId, String column, String rule) {
        return new Mapped(null, new UnmappedRow(feed, rowId, column, rule));
    }
}
