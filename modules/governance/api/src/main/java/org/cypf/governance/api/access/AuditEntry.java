package org.cypf.governance.api.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One access audit entry, as an auditor reads it.
 *
 * @param decision {@code PERMITTED} or {@code DENIED}
 * @param rule     the access policy's rule that decided
 * @param agreement the data-sharing agreement relied on, or null
 * @param sealed   whether the hash chain holds it yet (the sealer runs on a schedule)
 */
public record AuditEntry(long accessId, Instant occurredAt, String userId, String organisation, String role,
                         String context, String recordType, String action, UUID childId, String purpose,
                         String decision, String rule, String agreement, boolean sealed) {}
