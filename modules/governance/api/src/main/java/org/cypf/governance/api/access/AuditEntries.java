package org.cypf.governance.api.access;

import java.util.List;

/** A page of audit entries, and how many match in all. */
public record AuditEntries(List<AuditEntry> entries, int page, int size, long total) {
    public AuditEntries {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
