package org.cypf.socialcare.permanence.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.socialcare.permanence.domain.Permanence;

/** Where permanence records (one per period of care) are kept. Every method runs inside the caller's unit of work. */
public interface PermanenceRecords {

    Optional<Permanence> find(UUID periodId);

    Map<UUID, Permanence> findAll(Collection<UUID> periodIds);

    /**
     * Stores {@code after} (at its next version) if the stored record is still at {@code expectedVersion} (0: none
     * stored yet).
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(Permanence after, long expectedVersion);
}
