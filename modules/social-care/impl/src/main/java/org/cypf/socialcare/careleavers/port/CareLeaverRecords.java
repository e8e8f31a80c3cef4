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
     * Stores {@code careLeaver} (its birthday records replaced) if the stored version is still its version (0: none
     * stored yet), and bumps it.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void save(CareLeaver careLeaver);
}
