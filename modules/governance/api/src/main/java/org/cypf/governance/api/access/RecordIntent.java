package org.cypf.governance.api.access;

import java.util.Objects;

/**
 * What a use case is about to do to a child's record, in its own context's words, without naming the context: the
 * {@link ContextRecordAccess} it goes through adds its context's name, bound once in the assembly class (ADR 0014).
 *
 * @param recordType the kind of record, e.g. {@code period-of-care}
 * @param purpose    why the use case needs it, audited when the caller states no purpose of their own
 */
public record RecordIntent(String recordType, RecordAction action, String purpose) {
    public RecordIntent {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** The same intent, with the context's name: what governance's port decides and audits. */
    AccessIntent in(String context) {
        return new AccessIntent(context, recordType, action, purpose);
    }
}
