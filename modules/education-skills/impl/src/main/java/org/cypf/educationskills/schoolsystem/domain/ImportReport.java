package org.cypf.educationskills.schoolsystem.domain;

import java.util.List;

/**
 * What one run of the import from a school information system did: rows read from each feed, rows the import use
 * cases took, and the rows that could not be mapped (by row id and rule, never by pupil).
 */
public record ImportReport(String system, int attendanceRead, int attendanceImported, int suspensionsRead,
                           int suspensionsImported, List<UnmappedRow> unmapped) {
    public ImportReport {
        unmapped = List.copyOf(unmapped);
    }
}
