package org.cypf.governance.api.access;

/** What a caller does to a child's record. */
public enum RecordAction {
    CREATE,
    READ,
    UPDATE,
    /** The child appears in a list the caller asked for. */
    LIST,
    /**
     * The child's record is in a file the caller loads (a school census return, a results file, a month of post-16
     * activity): a bulk import, granted apart from writing one record (ADR 0029).
     */
    IMPORT
}
