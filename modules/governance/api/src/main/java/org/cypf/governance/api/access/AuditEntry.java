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
 * @param childId  the child whose record it was; null for a decision about no one child (a claim of the reserved
 *                 identity, a list that named nobody, an id that names no record) (ADR 0033)
 * @param issuer   who vouched for the caller (the verified token's {@code iss}); null for CYPF's components and rows
 *                 written before issuers were recorded
 */
public record AuditEntry(long accessId, Instant occurredAt, String userId, String organisation, String role,
                         String context, String recordType, String action, UUID childId, String purpose,
                         String decision, String rule, String agreement, boolean sealed, String issuer) {}
