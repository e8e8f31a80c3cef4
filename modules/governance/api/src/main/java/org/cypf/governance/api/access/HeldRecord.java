package org.cypf.governance.api.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record a context holds about a child, as the child (or whoever acts for them) would read it.
 *
 * @param recordType the kind of record in the context's words (its table, e.g. {@code period_of_care})
 * @param fields     the record's fields by name, in the record's order, as text (null where empty)
 */
public record HeldRecord(String context, String recordType, Map<String, String> fields) {
    public HeldRecord {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(recordType, "recordType");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
