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
}
