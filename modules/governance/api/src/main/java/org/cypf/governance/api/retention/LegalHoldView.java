package org.cypf.governance.api.retention;

import java.time.Instant;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A legal hold on a child's records (ADR 0037).
 *
 * @param status {@code HELD} or {@code LIFTED}
 */
public record LegalHoldView(UUID holdId, UUID childId, String authority, String reason, String status, String placedBy,
                            Instant placedAt, @Nullable String liftedBy, @Nullable Instant liftedAt,
                            @Nullable String liftReason) {}
