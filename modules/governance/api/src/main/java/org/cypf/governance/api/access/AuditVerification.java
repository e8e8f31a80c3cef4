package org.cypf.governance.api.access;

import java.util.List;

/**
 * The chain, recomputed from the audit as it is now.
 *
 * @param intact        true when nothing was found
 * @param sealedRows    rows the chain holds whose content still matches
 * @param unsealedRows  rows not yet sealed (written since the last seal's horizon)
 * @param sealHash      the latest seal's hash, to compare with one published earlier
 * @param findings      every edited, inserted or deleted row and every broken link or seal
 */
public record AuditVerification(boolean intact, long sealedRows, long unsealedRows, long seals, String sealHash,
                                List<Finding> findings) {
    public AuditVerification {
        findings = List.copyOf(findings);
    }

    /**
     * @param kind     {@code EDITED}, {@code DELETED}, {@code INSERTED} or {@code BROKEN_CHAIN}
     * @param position the chain position concerned, or 0
     * @param accessId the audit row concerned, or 0
     */
    public record Finding(String kind, long position, long accessId, String detail) {}
}
