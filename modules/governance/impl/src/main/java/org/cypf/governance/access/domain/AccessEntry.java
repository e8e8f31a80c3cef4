package org.cypf.governance.access.domain;

import java.util.UUID;

/**
 * One line of the access audit: who, which organisation and role, what, which child, why, the decision, the rule
 * that made it, the data-sharing agreement it relied on (null when none did) and who vouched for the caller.
 *
 * @param childId the child whose record it was; null for a decision about no one child (ADR 0033)
 * @param issuer  the verified token's issuer; null for CYPF's components
 */
public record AccessEntry(String userId, String organisation, String role, String context, String recordType,
                          String action, UUID childId, String purpose, boolean permitted, String rule,
                          String agreement, String issuer) {
    /** An entry whose caller's issuer is not known. */
    public AccessEntry(String userId, String organisation, String role, String context, String recordType,
                       String action, UUID childId, String purpose, boolean permitted, String rule, String agreement) {
        this(userId, organisation, role, context, recordType, action, childId, purpose, permitted, rule, agreement, null);
    }
}
