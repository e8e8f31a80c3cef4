package org.cypf.governance.access.domain;

import java.util.UUID;

/** One line of the access audit: who, which organisation, what, which child, why, and the decision. */
public record AccessEntry(String userId, String organisation, String role, String context, String recordType,
                          String action, UUID childId, String purpose, boolean permitted, String rule) {}
