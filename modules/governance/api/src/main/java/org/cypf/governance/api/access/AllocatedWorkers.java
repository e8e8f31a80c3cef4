package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is a child's allocated worker on a date, from the involvements a team manager records (ADR 0032): for CYPF's
 * own components, such as the notifications' address book (ADR 0108), not a use case a person calls. The latest
 * allocation in force wins when two overlap.
 */
public interface AllocatedWorkers {

    Optional<Worker> allocatedWorker(UUID childId, LocalDate date);

    /** A practitioner as the identity provider names them: user id and partner organisation. */
    record Worker(String userId, String organisation) {
        public Worker {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(organisation, "organisation");
        }
    }
}
