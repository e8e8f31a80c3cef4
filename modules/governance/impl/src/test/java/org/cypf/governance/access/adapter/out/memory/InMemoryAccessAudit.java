package org.cypf.governance.access.adapter.out.memory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AuditChain;
import org.cypf.governance.access.domain.AuditLink;
import org.cypf.governance.access.domain.AuditSeal;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.AuditTrail;
import org.cypf.governance.api.access.AuditEntry;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The access audit and its hash chain in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code AccessAuditContract} as the jOOQ adapters ({@code JooqAccessAuditLog}, {@code JooqAuditTrail}) do:
 * entries appended with the current change are kept only when the caller's {@link InMemoryUnitOfWork} commits, and
 * are refused outside one; entries appended on their own commit at once, whatever becomes of the caller's. Each
 * committing unit of work gets the next transaction number, which orders the chain as PostgreSQL's {@code xid8}
 * does, and the horizon is the next number (every unit below it has committed): so an entry's number and id are
 * given when its unit of work commits, and entries keep a commit step of their own. The chain's links and seals,
 * whole when written, are kept in {@link InMemoryRows}, and sealing's lock is one of theirs. Nothing in it edits or
 * deletes an entry except {@link #tamper} and {@link #delete}, which play someone who went behind the store's back.
 */
public final class InMemoryAccessAudit implements AccessAuditLog, AuditTrail {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final Clock clock;
    private final AtomicLong nextAccessId = new AtomicLong(1);
    private final AtomicLong nextTx = new AtomicLong(1);
    /** Committed entries; guarded by {@code this}. */
    private final List<AuditedAccess> rows = new ArrayList<>();
    private final InMemoryRows<Long, AuditLink> links = new InMemoryRows<>();
    private final InMemoryRows<Long, AuditSeal> seals = new InMemoryRows<>();

    /** The entries one unit of work appended, numbered when it commits. */
    private static final class Staged {
        final List<AccessEntry> entries = new ArrayList<>();
    }

    public InMemoryAccessAudit(Clock clock) {
        this.clock = clock;
    }

    private Staged staged() {
        var tx = InMemoryUnitOfWork.current();
        return tx.staged(this, () -> {
            Staged staged = new Staged();
            tx.onCommit(() -> commit(staged));
            return staged;
        });
    }

    private synchronized void commit(Staged staged) {
        long tx = nextTx.getAndIncrement();
        for (AccessEntry e : staged.entries) {
            rows.add(new AuditedAccess(nextAccessId.getAndIncrement(), clock.instant(), e.userId(), e.organisation(),
                    e.role(), e.context(), e.recordType(), e.action(), e.childId(), e.purpose(),
                    e.permitted() ? "PERMITTED" : "DENIED", e.rule(), e.agreement(), tx, e.issuer()));
        }
    }

    @Override
    public void appendWithCurrentChange(List<AccessEntry> entries) {
        staged().entries.addAll(List.copyOf(entries));
    }

    @Override
    public void appendOnItsOwn(List<AccessEntry> entries) {
        unitOfWork.separately(() -> {
            appendWithCurrentChange(entries);
            return null;
        });
    }

    @Override
    public void lockSealing() {
        seals.lock("sealing");
    }

    @Override
    public long horizon() {
        return InMemoryUnitOfWork.consistently(nextTx::get);
    }

    @Override
    public Optional<AuditLink> lastLink() {
        return links().stream().max(Comparator.comparingLong(AuditLink::position));
    }

    @Override
    public Optional<AuditSeal> lastSeal() {
        return seals().stream().max(Comparator.comparingLong(AuditSeal::sealId));
    }

    @Override
    public synchronized List<AuditedAccess> unsealed(long fromTx, long horizon) {
        Set<Long> linked = new HashSet<>();
        links().forEach(l -> linked.add(l.accessId()));
        return rows.stream().filter(r -> Long.compareUnsigned(r.writtenByTx(), fromTx) >= 0
                        && Long.compareUnsigned(r.writtenByTx(), horizon) < 0 && !linked.contains(r.accessId()))
                .sorted(AuditChain.ORDER).toList();
    }

    @Override
    public void append(AuditChain.Sealing sealing) {
        sealing.links().forEach(l -> links.put(l.position(), l));
        seals.put(sealing.seal().sealId(), sealing.seal());
    }

    @Override
    public synchronized List<AuditedAccess> rows() {
        return rows.stream().sorted(AuditChain.ORDER).toList();
    }

    @Override
    public List<AuditLink> links() {
        return links.where(l -> true).stream().sorted(Comparator.comparingLong(AuditLink::position)).toList();
    }

    @Override
    public List<AuditSeal> seals() {
        return seals.where(s -> true).stream().sorted(Comparator.comparingLong(AuditSeal::sealId)).toList();
    }

    private boolean matches(AuditedAccess r, Filter f) {
        return (f.child() == null || f.child().equals(r.childId()))
                && (f.userId() == null || f.userId().equals(r.userId()))
                && (f.from() == null || !r.occurredAt().isBefore(f.from()))
                && (f.until() == null || r.occurredAt().isBefore(f.until()));
    }

    @Override
    public synchronized List<AuditEntry> entries(Filter filter, long offset, int size) {
        Set<Long> linked = new HashSet<>();
        links().forEach(l -> linked.add(l.accessId()));
        return rows.stream().filter(r -> matches(r, filter))
                .sorted(Comparator.comparing(AuditedAccess::occurredAt).thenComparingLong(AuditedAccess::accessId)
                        .reversed())
                .skip(offset).limit(size)
                .map(r -> new AuditEntry(r.accessId(), r.occurredAt(), r.userId(), r.organisation(), r.role(),
                        r.context(), r.recordType(), r.action(), r.childId(), r.purpose(), r.decision(), r.rule(),
                        r.agreement(), linked.contains(r.accessId()), r.issuer()))
                .toList();
    }

    @Override
    public synchronized long count(Filter filter) {
        return rows.stream().filter(r -> matches(r, filter)).count();
    }

    /** Every committed entry, in the chain's order: for tests that read the audit as an auditor's database would. */
    public synchronized List<AuditedAccess> all() {
        return rows();
    }

    /** Changes a stored entry behind the store's back: what the chain must reveal. */
    public synchronized void tamper(long accessId, UnaryOperator<AuditedAccess> edit) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).accessId() == accessId) {
                rows.set(i, Objects.requireNonNull(edit.apply(rows.get(i))));
                return;
            }
        }
        throw new IllegalArgumentException("no entry " + accessId);
    }

    /** Removes a stored entry behind the store's back: what the chain must reveal. */
    public synchronized void delete(long accessId) {
        if (!rows.removeIf(r -> r.accessId() == accessId)) {
            throw new IllegalArgumentException("no entry " + accessId);
        }
    }
}
