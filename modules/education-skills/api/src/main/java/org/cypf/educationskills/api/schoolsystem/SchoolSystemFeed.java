package org.cypf.educationskills.api.schoolsystem;

/**
 * The import from a school information system's database (ADR 0103), as the application runs it on a schedule
 * (ADR 0107): one run reads what the system changed since the last and imports it through education's attendance and
 * exclusion use cases, as a system caller.
 */
public interface SchoolSystemFeed {
    /** Reads both feeds up to now and says, in counts, what it did. */
    ImportRun run();

    /**
     * What one run did, in counts only (the rows it could not map are reported by education's import, by row id and
     * rule): safe to log.
     *
     * @param system   the system's name, as its watermarks are kept
     * @param unmapped rows read but not imported, of both feeds
     */
    record ImportRun(String system, int attendanceRead, int attendanceImported, int suspensionsRead,
                     int suspensionsImported, int unmapped) {}
}
