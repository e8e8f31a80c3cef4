package org.cypf.socialcare.lookedafter.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;

/** Where unaccompanied asylum-seeking children are recorded. Every method runs inside the caller's unit of work. */
public interface UascRecords {

    Optional<UnaccompaniedAsylumSeeker> find(ChildId child);

    Map<ChildId, UnaccompaniedAsylumSeeker> findAll(Collection<ChildId> children);

    /**
     * Stores {@code after} (at its next version) if the stored version is still {@code expectedVersion} (0: none
     * stored yet).
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void save(UnaccompaniedAsylumSeeker after, long expectedVersion);
}
