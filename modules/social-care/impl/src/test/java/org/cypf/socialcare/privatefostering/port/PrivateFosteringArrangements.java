package org.cypf.socialcare.privatefostering.port;

import java.util.Optional;
import java.util.UUID;
import org.cypf.socialcare.privatefostering.domain.PrivateFosteringArrangement;

/** Where private fostering arrangements are kept. Every method runs inside the caller's unit of work. */
public interface PrivateFosteringArrangements {

    Optional<PrivateFosteringArrangement> find(UUID arrangementId);

    void add(PrivateFosteringArrangement arrangement);

    /**
     * Stores {@code after} (at its next version) if the stored arrangement is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(PrivateFosteringArrangement after, long expectedVersion);
}
