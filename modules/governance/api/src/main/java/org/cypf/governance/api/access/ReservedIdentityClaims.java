package org.cypf.governance.api.access;

import org.cypf.kernel.identity.Principal;

/**
 * Where a refused claim of CYPF's reserved identity (organisation {@code cypf} or role {@code system}) is audited:
 * the application checks every verified token before any route, and refuses such a token with 403; governance
 * writes the refusal to the access audit, naming no child, with the token's issuer, under rule
 * {@code RESERVED-IDENTITY} (ADR 0033).
 */
public interface ReservedIdentityClaims {

    /**
     * Audits the refusal of {@code principal}'s claim, made on {@code context}'s routes (the first segment of the
     * path, e.g. {@code social-care}; {@code platform} for others), for {@code action}.
     */
    void refused(Principal principal, String context, RecordAction action);
}
