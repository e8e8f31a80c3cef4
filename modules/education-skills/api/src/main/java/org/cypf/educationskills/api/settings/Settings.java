package org.cypf.educationskills.api.settings;

import org.cypf.governance.api.access.Caller;

/**
 * The settings education works with (schools, academies, colleges, alternative provision), kept as the DfE's
 * establishment register (Get Information about Schools, GIAS) describes them, keyed by URN. Settings are
 * organisations, not children's records: the register's use cases take no caller to authorise (the web adapter still
 * refuses an unidentified one). Term dates do: they move the due dates of children in care's Personal Education
 * Plans, so writing them is authorised through the access port as a {@value #TERM_DATES_RECORD} record and audited
 * (ADR 0087).
 */
public interface Settings {
    /** The most settings a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /** The record type the access policy grants for term dates: a write to put a year's, an import to load a file. */
    String TERM_DATES_RECORD = "term-dates";

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
     * setting must be held. Checked first, then authorised (an UPDATE of {@value #TERM_DATES_RECORD}, refused 403
     * to a caller whose roles do not allow it) and audited; the due dates of the open PEPs of the children following
     * the dates are recounted in the same unit of work (ADR 0087).
     */
    TermDatesView putTermDates(Caller caller, PutTermDates command);

    /**
     * Loads term dates from a CSV file, one row per term or holiday of a setting's (or the local authority's) school
     * year; each school year in the file replaces the one held. All rows or none: a file with any row error is refused
     * naming each row, column and rule. Authorised as an IMPORT of {@value #TERM_DATES_RECORD} (ADR 0029); loading
     * the same file again changes nothing. The open PEPs' due dates are recounted as for {@link #putTermDates}.
     */
    TermDatesImported importTermDates(Caller caller, String csv);

    /**
     * The term dates a setting follows in a school year ({@code academicYear} as {@code 2025/26} or {@code 2025-26}):
     * its own, else the local authority's; {@code urn} null asks for the local authority's. Not found when none held.
     */
    TermDatesView termDates(String urn, String academicYear);
}
