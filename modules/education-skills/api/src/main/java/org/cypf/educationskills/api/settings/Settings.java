package org.cypf.educationskills.api.settings;

/**
 * The settings education works with (schools, academies, colleges, alternative provision), kept as the DfE's
 * establishment register (Get Information about Schools, GIAS) describes them, keyed by URN. Settings are
 * organisations, not children's records, so their use cases take no caller to authorise (the web adapter still
 * refuses an unidentified one).
 */
public interface Settings {
    /** The most settings a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Imports a GIAS establishment extract (CSV with its own column names). All rows or none: a file with any row
     * error is refused naming each row, column and rule. Importing the same file again changes nothing.
     */
    SettingsImported importRegister(String csv);

    /** One page of the settings held, by URN. */
    SettingsPage settings(int page, int size);

    /**
     * Replaces a school year's term dates of a setting, or of the local authority when the command names no URN
     * (ADR 0049). Refused whole, naming each field and rule (TERM-01 to TERM-04), when any date breaks a rule; the
     * setting must be held.
     */
    TermDatesView putTermDates(PutTermDates command);

    /**
     * The term dates a setting follows in a school year ({@code academicYear} as {@code 2025/26} or {@code 2025-26}):
     * its own, else the local authority's; {@code urn} null asks for the local authority's. Not found when none held.
     */
    TermDatesView termDates(String urn, String academicYear);
}
