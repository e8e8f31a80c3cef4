package org.cypf.governance.retention.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.problem.Conflict;

/**
 * A legal hold on one child's records (ADR 0037): placed with the authority that asked and a reason, lifted with a
 * reason, never deleted. While held, no record of the child is anonymised in any context.
 *
 * @param liftedBy null while the hold is in force
 */
public record LegalHold(UUID id, UUID childId, String authority, String reason, Anonymisation.Person placedBy,
                        Instant placedAt, Anonymisation.Person liftedBy, Instant liftedAt, String liftReason) {
    public static final String HELD = "HELD";
    public static final String LIFTED = "LIFTED";

    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    public static LegalHold placed(UUID id, UUID childId, String authority, String reason, Anonymisation.Person by,
                                   Instant at) {
        return new LegalHold(id, childId, authority, reason, by, at, null, null, null);
    }

    public boolean inForce() {
        return liftedBy == null;
    }

    public String status() {
        return inForce() ? HELD : LIFTED;
    }

    /** The hold lifted by {@code by}; a hold lifted already cannot be lifted again (409). */
    public LegalHold lifted(Anonymisation.Person by, Instant at, String why) {
        if (!inForce()) {
            throw new Conflict("legal hold " + id + " was lifted already");
        }
        return new LegalHold(id, childId, authority, reason, placedBy, placedAt, by, at.isBefore(placedAt) ? placedAt : at,
                why);
    }
}
