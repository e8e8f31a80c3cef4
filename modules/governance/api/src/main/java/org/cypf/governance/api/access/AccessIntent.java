package org.cypf.governance.api.access;

import java.util.Objects;

/**
 * What a use case is about to do to a child's record, for the policy to decide and the audit to record.
 *
 * @param context    the context holding the record, e.g. {@code social-care}
 * @param recordType the kind of record in the context's own words, e.g. {@code period-of-care}
 * @param purpose    why the use case needs it, audited when the caller states no purpose of their own
 */
public record AccessIntent(String context, String recordType, RecordAction action, String purpose) {
    public AccessIntent {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
    }
}
