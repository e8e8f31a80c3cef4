package org.cypf.governance.access.domain;

/**
 * The policy's answer and the rule that gave it, with the role and agreement it relied on (null where none did),
 * so the audit shows why, not only what.
 */
public record AccessDecision(boolean permitted, String rule, String role, String agreement) {
    /** The legacy two-part form, for decisions that rely on no role and no agreement. */
    public AccessDecision(boolean permitted, String rule) {
        this(permitted, rule, null, null);
    }
}
