package org.cypf.governance.access.domain;

import java.util.UUID;

/**
 * One line of the access audit: who, which organisation and role, what, which child, why, the decision, the rule
 * that made it and the data-sharing agreement it relied on (null when none did).
 */
public record AccessEntry(String userId, String organisation, String role, String context, String recordType,
                          String action, UUID childId, String purpose, boolean permitted, String rule,
                          String agreement) {}
