package org.cypf.educationskills.api.settings;

import org.cypf.governance.api.access.Caller;

/**
 * The settings education works with (schools, academies, colleges, alternative provision), kept as the DfE's
 * establishment register (Get Information about Schools, GIAS) describes them, keyed by URN.
 */
public interface Settings {
    /** The most settings a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Imports a GIAS establishment extract (CSV with its own column names). All rows or none: a file with any row
     * error is refused naming each row, column and rule. Importing the same file again changes nothing.
     */
    SettingsImported importRegister(Caller caller, String csv);

    /** One page of the settings held, by URN. */
    SettingsPage settings(Caller caller, int page, int size);
}
