package org.cypf.governance.access.domain;

/**
 * A break-glass use is audited as an access row under rule {@value AccessPolicy#BREAK_GLASS} whose purpose is the
 * reason, marked, so the audit (tamper-evident) holds the reason and the review queue reads it back (ADR 0032).
 */
public final class BreakGlass {
    private static final String PREFIX = "break glass: ";

    private BreakGlass() {}

    public static String auditedPurpose(String reason) {
        return PREFIX + reason;
    }

    public static String reason(String auditedPurpose) {
        return auditedPurpose.startsWith(PREFIX) ? auditedPurpose.substring(PREFIX.length()) : auditedPurpose;
    }
}
