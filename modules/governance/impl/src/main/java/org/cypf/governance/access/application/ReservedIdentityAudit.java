package org.cypf.governance.access.application;

import java.util.List;
import java.util.TreeSet;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.ReservedIdentityClaims;
import org.cypf.kernel.identity.Principal;

/**
 * Audits each refused claim of CYPF's reserved identity, naming no child, with the roles claimed and the issuer
 * that vouched for the claim, under rule {@value AccessPolicy#RESERVED_IDENTITY} (ADR 0033).
 */
public final class ReservedIdentityAudit implements ReservedIdentityClaims {
    /** The record type the audit names: the identity claimed, not a record. */
    public static final String RECORD_TYPE = "reserved-identity";
    static final String PURPOSE = "a token claiming CYPF's reserved identity";

    private final AccessAuditLog audit;

    public ReservedIdentityAudit(AccessAuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Principal principal, String context, RecordAction action) {
        String roles = principal.roles().isEmpty() ? null : String.join(",", new TreeSet<>(principal.roles()));
        audit.appendOnItsOwn(List.of(new AccessEntry(clip(principal.userId()), clip(principal.organisation()), clip(roles),
                context, RECORD_TYPE, action.name(), null, PURPOSE, false, AccessPolicy.RESERVED_IDENTITY, null,
                clip(principal.issuer()))));
    }

    /** A token's claims are bounded by its size; the audit keeps at most 200 characters of each. */
    private static String clip(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
