package org.cypf.governance.api.access;

/** What a caller does to a child's record. */
public enum RecordAction {
    CREATE,
    READ,
    UPDATE,
    /** The child appears in a list the caller asked for. */
    LIST
}
