package org.cypf.governance.retention.adapter.out.memory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.retention.domain.LegalHold;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Legal holds in memory, for fast tests (ADR 0037, ADR 0097); test code only. It passes {@code LegalHoldStoreContract}
 * as the jOOQ adapter does: holds placed and lifted in the caller's {@link InMemoryUnitOfWork}, kept when it commits.
 * A lifting holds the hold's lock to the end of its unit of work, as the row lock of the database's update does, so of
 * two liftings at once the second sees the first; the lock against anonymisation is one more lock held the same way,
 * as the jOOQ adapter's transaction-scoped advisory lock is.
 */
public final class InMemoryLegalHolds implements LegalHoldStore {
    /** In force first, then by when placed, then by id, as the jOOQ adapter pages them. */
    private static final Comparator<LegalHold> PAGED = Comparator.comparing((LegalHold h) -> !h.inForce())
            .thenComparing(LegalHold::placedAt).thenComparing(h -> h.id().toString());
    private static final Object AGAINST_ANONYMISATION = new Object();

    private final InMemoryRows<UUID, LegalHold> rows = new InMemoryRows<>();

    @Override
    public void lockAgainstAnonymisation() {
        rows.lock(AGAINST_ANONYMISATION);
    }

    @Override
    public Set<UUID> heldChildren() {
        Set<UUID> held = new HashSet<>();
        rows.where(LegalHold::inForce).forEach(h -> held.add(h.childId()));
        return held;
    }

    @Override
    public Optional<LegalHold> find(UUID id) {
        return rows.find(id);
    }

    @Override
    public void add(LegalHold hold) {
        rows.put(hold.id(), hold);
    }

    @Override
    public boolean lifted(LegalHold after) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(LegalHold::inForce).isEmpty()) {
            return false;
        }
        rows.put(after.id(), after);
        return true;
    }

    @Override
    public List<LegalHold> page(boolean lifted, long offset, int limit) {
        return rows.where(h -> lifted || h.inForce()).stream().sorted(PAGED).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(boolean lifted) {
        return rows.where(h -> lifted || h.inForce()).size();
    }
}
