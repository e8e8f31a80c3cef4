package org.cypf.governance.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A reviewed anonymisation: proposed by one person, approved and carried out by another (ADR 0034).
 *
 * @param status {@code PROPOSED} or {@code CARRIED_OUT}
 */
public record AnonymisationView(UUID anonymisationId, String context, String recordType, UUID recordId, String rule,
                                LocalDate dueOn, String status, String reason, String proposedBy, Instant proposedAt,
                                @Nullable String approvedBy, @Nullable Instant carriedOutAt) {}
