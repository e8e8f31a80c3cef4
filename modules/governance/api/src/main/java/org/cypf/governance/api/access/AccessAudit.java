package org.cypf.governance.api.access;

/**
 * The access audit, for an auditor (role {@value #AUDITOR_ROLE}; anyone else is refused): sealing it into its hash
 * chain, verifying the chain, and reading its entries by child, user and period, a page at a time (at most
 * {@value AuditQuery#MAX_PAGE_SIZE} entries). An auditor's reading of entries is itself audited, one row per child
 * it discloses (ADR 0020).
 */
public interface AccessAudit {
    String AUDITOR_ROLE = "auditor";

    /** Seals every audit row of a transaction that has ended; the platform's scheduled sealer calls it as a component. */
    AuditSealing seal(Caller caller);

    /** Recomputes the whole chain and reports every edited, inserted or deleted row and every broken link or seal. */
    AuditVerification verify(Caller caller);

    /** One page of entries, newest first. */
    AuditEntries entries(Caller caller, AuditQuery query);
}
