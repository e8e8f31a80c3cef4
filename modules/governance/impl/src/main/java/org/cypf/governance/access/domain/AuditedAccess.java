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
                            String decision, String rule, String agreement, long writtenByTx, String issuer) {

    /** A row written before the issuer was recorded (V5). */
    public AuditedAccess(long accessId, Instant occurredAt, String userId, String organisation, String role,
                         String context, String recordType, String action, UUID childId, String purpose,
                         String decision, String rule, String agreement, long writtenByTx) {
        this(accessId, occurredAt, userId, organisation, role, context, recordType, action, childId, purpose, decision,
                rule, agreement, writtenByTx, null);
    }

    /**
     * The row's content as the chain hashes it: each column length-prefixed, so no two different rows (a value moved
     * from one column to the next, a null against an empty text) read the same. A row with an issuer (V5) is read as
     * {@code access-audit/v2}, the issuer last; a row without one as before, so links sealed earlier still verify.
     */
    public String content() {
        var out = new StringBuilder(issuer == null ? "access-audit/v1" : "access-audit/v2");
        Object[] values = {accessId, occurredAt, userId, organisation, role, context, recordType, action,
                childId, purpose, decision, rule, agreement, Long.toUnsignedString(writtenByTx)};
        if (issuer != null) {
            values = java.util.Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = issuer;
        }
        for (Object value : values) {
            String text = value == null ? null : value.toString();
            out.append('|').append(text == null ? -1 : text.length()).append(':').append(text == null ? "" : text);
        }
        return out.toString();
    }
}
