package org.cypf.governance.retention.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.retention.domain.LegalHold;

/** Where legal holds are kept ({@code governance.legal_hold}); inside the caller's unit of work. */
public interface LegalHoldStore {

    /**
     * Waits for, and keeps until the unit of work ends, the one lock that placing a hold and carrying out an
     * anonymisation both take: so a hold placed while an anonymisation is being carried out is either seen by it or
     * placed after it.
     */
    void lockAgainstAnonymisation();

    /** The children under a hold in force. */
    Set<UUID> heldChildren();

    Optional<LegalHold> find(UUID id);

    void add(LegalHold hold);

    /** Stores the lifting, if the hold is still in force; false if someone else lifted it first. */
    boolean lifted(LegalHold after);

    /** {@code limit} holds after the first {@code offset}: in force first, then by when placed. */
    List<LegalHold> page(boolean lifted, long offset, int limit);

    long count(boolean lifted);
}
