package org.cypf.governance.api.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One use of break glass: the audit row (rule {@code BREAK-GLASS}) and the reason given, with its review once closed
 * (reviewer, note, when; null while open).
 */
public record BreakGlassUse(long accessId, Instant occurredAt, String userId, String organisation, String role,
                            String context, String recordType, String action, UUID childId, String reason,
                            String reviewer, String note, Instant reviewedAt) {}
