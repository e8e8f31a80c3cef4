package org.cypf.educationskills.schoolsystem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The school information system's words become the census columns of education's imports, or a named refusal. */
class SourceMappingTest {
    private static final Instant AT = Instant.parse("2025-01-06T08:00:00Z");

    @Test
    void attendance_maps_the_year_the_term_and_the_marks_to_the_census_columns() {
        var mapped = SourceMapping.attendance(new SourceAttendance(7, " V861123424001 ", 100001, "2024-2025", "spr",
                140, 12, AT));
        assertNull(mapped.unmapped());
        assertEquals(List.of("V861123424001", "100001", "2024/25", "Spring", "140", "12"), mapped.fields());
    }

    @Test
    void attendance_that_cannot_be_mapped_names_the_column_and_the_rule() {
        assertEquals(new UnmappedRow("attendance", 8, "academic_year", "must be two consecutive years, e.g. 2024-2025"),
                SourceMapping.attendance(new SourceAttendance(8, "V861123424001", 100001, "2024-2026", "AUT", 1, 0, AT))
                        .unmapped());
        assertEquals("term_code", SourceMapping.attendance(new SourceAttendance(9, "V861123424001", 100001,
                "2024-2025", "HT3", 1, 0, AT)).unmapped().column());
        assertEquals("upn", SourceMapping.attendance(new SourceAttendance(10, "A861123424009", 100001, "2024-2025",
                "AUT", 1, 0, AT)).unmapped().column());
    }

    @Test
    void a_suspension_is_fixd_a_permanent_exclusion_perm_and_half_sessions_are_refused() {
        assertEquals(List.of("V861123424001", "100001", "FIXD", "PP", "2024-11-04", "4"), SourceMapping.suspension(
                new SourceSuspension(1, "V861123424001", 100001, "Suspension", "PP", LocalDate.of(2024, 11, 4),
                        new BigDecimal("4.0"), AT)).fields());
        assertEquals(List.of("V861123424001", "100001", "PERM", "DB", "2025-02-03", ""), SourceMapping.suspension(
                new SourceSuspension(2, "V861123424001", 100001, "Permanent", "DB", LocalDate.of(2025, 2, 3), null, AT))
                .fields());
        assertEquals("sessions", SourceMapping.suspension(new SourceSuspension(3, "V861123424001", 100001,
                "Suspension", "VA", LocalDate.of(2024, 12, 2), new BigDecimal("1.5"), AT)).unmapped().column());
        assertEquals("exclusion_type", SourceMapping.suspension(new SourceSuspension(4, "V861123424001", 100001,
                "Lunchtime", "PP", LocalDate.of(2024, 12, 9), BigDecimal.ONE, AT)).unmapped().column());
    }
}
