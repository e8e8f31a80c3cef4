package org.cypf.governance.access.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An access audit row as stored, with what the chain hashes: every column, and the transaction that wrote it.
 *
 * @param writtenByTx the writing transaction's id (PostgreSQL {@code xid8}), the chain's commit-safe order
 */
public record AuditedAccess(long accessId, Instant occurredAt, String userId, String organisation, String role,
                            String context, String recordType, String action, UUID childId, String purpose,
                            String decision, String rule, String agreement, long writtenByTx) {

    /**
     * The row's content as the chain hashes it: each column length-prefixed, so no two different rows (a value moved
     * from one column to the next, a null against an empty text) read the same.
     */
    public String content() {
        var out = new StringBuilder("access-audit/v1");
        for (Object value : new Object[] {accessId, occurredAt, userId, organisation, role, context, recordType, action,
                childId, purpose, decision, rule, agreement, Long.toUnsignedString(writtenByTx)}) {
            String text = value == null ? null : value.toString();
            out.append('|').append(text == null ? -1 : text.length()).append(':').append(text == null ? "" : text);
        }
        return out.toString();
    }
}
