package org.cypf.governance.access.domain;

/**
 * Something verification found wrong with the access audit.
 *
 * @param position the chain position concerned, or 0
 * @param accessId the audit row concerned, or 0
 */
public record AuditFinding(Kind kind, long position, long accessId, String detail) {
    public enum Kind {
        /** A sealed row's content no longer hashes to its link: the row was changed. */
        EDITED,
        /** A link names a row that is no longer there. */
        DELETED,
        /** A row of a transaction below the last seal's horizon that the chain does not hold: it was slipped in. */
        INSERTED,
        /** The links or seals do not follow one another (a gap, a changed or removed link or seal). */
        BROKEN_CHAIN
    }
}
