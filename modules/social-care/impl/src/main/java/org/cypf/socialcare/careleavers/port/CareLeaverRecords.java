package org.cypf.socialcare.careleavers.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.domain.CareLeaver;

/** Where care leavers' records are kept. Every method runs inside the caller's unit of work. */
public interface CareLeaverRecords {

    Optional<CareLeaver> find(ChildId child);

    Map<ChildId, CareLeaver> findAll(Collection<ChildId> children);

    /** Every care leaver with at least one OC3 birthday record. */
    List<CareLeaver> withBirthdayRecords();

    /**
     * Stores {@code after} (at its next version, its birthday records replaced) if the stored record is still at
     * {@code expectedVersion} (0: none stored yet).
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(CareLeaver after, long expectedVersion);
}
