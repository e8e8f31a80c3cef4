package org.cypf.governance.retention.port;

import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.retention.domain.Anonymisation;

/** Where reviewed anonymisations are kept ({@code governance.anonymisation}); inside the caller's unit of work. */
public interface Anonymisations {

    Optional<Anonymisation> find(UUID id);

    /** Whether a proposal for the record is waiting for approval. */
    boolean proposalWaiting(String context, String recordType, UUID recordId);

    /**
     * Adds a proposal.
     *
     * @throws org.cypf.kernel.problem.Conflict when a proposal for the same record is already waiting
     */
    void add(Anonymisation proposal);

    /** Stores the approval and the carrying out, if the proposal is still waiting; false if someone else was first. */
    boolean carriedOut(Anonymisation after);
}
