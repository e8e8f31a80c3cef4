package org.cypf.educationskills.api.participation;

import org.cypf.governance.api.access.Caller;

/**
 * Post-16 participation as the authority tracks it for the NCCIS return: each young person's activity per month, by
 * the NCCIS activity code, grouped into education, employment or training (EET), NEET, not known and other (custody).
 */
public interface Participation {

    /**
     * Imports monthly activities (CSV: UPN, Month (2024-08), ActivityCode), a data load (ADR 0044). All rows or none: a
     * file with any row error is refused naming each row, column and rule. A young person's month imported again is
     * replaced; the same file twice changes nothing.
     */
    ParticipationImported importActivities(Caller caller, String csv);
}
