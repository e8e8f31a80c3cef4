package org.cypf.governance.access.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.access.domain.AuditChain;
import org.cypf.governance.access.domain.AuditLink;
import org.cypf.governance.access.domain.AuditSeal;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.api.access.AuditEntry;

/** The stored access audit and its hash chain. Every method runs in the caller's unit of work. */
public interface AuditTrail {

    /** Waits for, then holds until the unit of work ends, the one lock sealers take, so two never interleave. */
    void lockSealing();

    /** The snapshot horizon: every transaction below it has ended, so no audit row below it can still appear. */
    long horizon();

    Optional<AuditLink> lastLink();

    Optional<AuditSeal> lastSeal();

    /** Rows written by transactions in [{@code fromTx}, {@code horizon}) that no link holds yet. */
    List<AuditedAccess> unsealed(long fromTx, long horizon);

    void append(AuditChain.Sealing sealing);

    List<AuditedAccess> rows();

    List<AuditLink> links();

    List<AuditSeal> seals();

    /** Which entries: null for any; {@code until} exclusive. */
    record Filter(UUID child, String userId, Instant from, Instant until) {}

    /** A page of entries, newest first. */
    List<AuditEntry> entries(Filter filter, long offset, int size);

    long count(Filter filter);
}
