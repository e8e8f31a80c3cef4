package org.cypf.educationskills.api.exclusions;

import org.cypf.governance.api.access.Caller;

/**
 * Pupils' suspensions and permanent exclusions, as the school census reports them, with the DfE's reason codes
 * (ADR 0041). Each newly recorded one is published as {@link org.cypf.educationskills.api.event.PupilSuspendedOrExcluded}.
 */
public interface Exclusions {
    /** The most exclusions a page holds. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Imports suspensions and permanent exclusions (CSV: UPN, URN, Category (FIXD or PERM), Reason, StartDate,
     * Sessions). All rows or none: a file with any row error is refused naming each row, column and rule. The same
     * exclusion again with other facts replaces them; the same file twice changes nothing and publishes nothing.
     */
    ExclusionsImported importExclusions(Caller caller, String csv);

    /** One page of a pupil's suspensions and exclusions, latest first. */
    PupilExclusionsPage pupilExclusions(Caller caller, String upn, int page, int size);
}
