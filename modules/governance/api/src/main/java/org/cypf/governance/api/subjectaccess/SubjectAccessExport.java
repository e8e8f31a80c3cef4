package org.cypf.governance.api.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.HeldRecord;

/**
 * Everything CYPF holds about one child: each context's records, and the contexts asked.
 *
 * @param contexts every context asked, whether or not it held anything
 */
public record SubjectAccessExport(UUID childId, Instant producedAt, List<String> contexts, List<HeldRecord> records) {
    public SubjectAccessExport {
        contexts = List.copyOf(contexts);
        records = List.copyOf(records);
    }
}
