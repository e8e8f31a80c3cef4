package org.cypf.governance.access.adapter.out.memory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.access.domain.BreakGlass;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.api.access.AllocatedWorkers;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Involvements and the break-glass review queue in memory, for fast tests of the access port (ADR 0097); test code
 * only. A creator's involvement is kept only when the caller's {@link InMemoryUnitOfWork} commits, once per person
 * and child; the break-glass uses are read from the {@link InMemoryAccessAudit} beside it, as the jOOQ store reads
 * them from the audit table.
 */
public final class InMemoryInvolvementStore implements InvolvementStore {
    private record Review(String reviewer, String note, java.time.Instant at) {}

    private final InMemoryAccessAudit audit;
    private final Clock clock;
    private final List<Involvement> involvements = new CopyOnWriteArrayList<>();
    private final Map<Long, Review> reviews = new ConcurrentHashMap<>();

    public InMemoryInvolvementStore(InMemoryAccessAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    private static boolean inForce(Involvement i, LocalDate date) {
        return !i.validFrom().isAfter(date) && (i.validTo() == null || !i.validTo().isBefore(date));
    }

    @Override
    public boolean involved(UUID child, String userId, String organisation, LocalDate date) {
        return involvements.stream().anyMatch(i -> i.childId().equals(child) && i.userId().equals(userId)
                && i.organisation().equals(organisation) && inForce(i, date));
    }

    @Override
    public Set<UUID> involvedAmong(java.util.Collection<UUID> children, String userId, String organisation,
                                   LocalDate date) {
        Set<UUID> asked = Set.copyOf(children);
        return involvements.stream().filter(i -> asked.contains(i.childId()) && i.userId().equals(userId)
                && i.organisation().equals(organisation) && inForce(i, date)).map(Involvement::childId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<UUID> involvedChildren(String userId, String organisation, LocalDate date) {
        return involvements.stream().filter(i -> i.userId().equals(userId) && i.organisation().equals(organisation)
                && inForce(i, date)).map(Involvement::childId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<AllocatedWorkers.Worker> allocatedWorker(UUID child, LocalDate date) {
        return involvements.stream().filter(i -> i.childId().equals(child) && i.kind().equals("ALLOCATED-WORKER")
                        && inForce(i, date))
                .max(Comparator.comparing(Involvement::validFrom).thenComparing(Involvement::recordedAt))
                .map(i -> new AllocatedWorkers.Worker(i.userId(), i.organisation()));
    }

    @Override
    public void recordCreatorWithCurrentChange(UUID child, String userId, String organisation, LocalDate date) {
        Involvement created = new Involvement(UUID.randomUUID(), child, userId, organisation, "CREATED-RECORD", null,
                null, date, null, userId, clock.instant());
        InMemoryUnitOfWork.current().onCommit(() -> {
            synchronized (involvements) {
                boolean already = involvements.stream().anyMatch(i -> i.kind().equals("CREATED-RECORD")
                        && i.childId().equals(child) && i.userId().equals(userId) && i.organisation().equals(organisation));
                if (!already) {
                    involvements.add(created);
                }
            }
        });
    }

    @Override
    public void recordCreatorsWithCurrentChange(java.util.Collection<UUID> children, String userId,
                                                String organisation, LocalDate date) {
        children.forEach(child -> recordCreatorWithCurrentChange(child, userId, organisation, date));
    }

    @Override
    public Involvement record(NewInvolvement i, String recordedBy) {
        Involvement recorded = new Involvement(UUID.randomUUID(), i.childId(), i.userId().strip(), i.organisation().strip(),
                i.kind(), i.team(), i.purpose(), i.validFrom(), i.validTo(), recordedBy, clock.instant());
        involvements.add(recorded);
        return recorded;
    }

    @Override
    public List<Involvement> involvements(UUID child, long offset, int size) {
        return involvements.stream().filter(i -> child == null || i.childId().equals(child))
                .sorted(Comparator.comparing(Involvement::recordedAt)).skip(offset).limit(size).toList();
    }

    @Override
    public long countInvolvements(UUID child) {
        return involvements.stream().filter(i -> child == null || i.childId().equals(child)).count();
    }

    private List<BreakGlassUse> uses() {
        List<BreakGlassUse> uses = new ArrayList<>();
        for (AuditedAccess a : audit.all()) {
            if (AccessPolicy.BREAK_GLASS.equals(a.rule()) && "PERMITTED".equals(a.decision())) {
                Review r = reviews.get(a.accessId());
                uses.add(new BreakGlassUse(a.accessId(), a.occurredAt(), a.userId(), a.organisation(), a.role(),
                        a.context(), a.recordType(), a.action(), a.childId(), BreakGlass.reason(a.purpose()),
                        r == null ? null : r.reviewer(), r == null ? null : r.note(), r == null ? null : r.at()));
            }
        }
        uses.sort(Comparator.comparingLong(BreakGlassUse::accessId));
        return uses;
    }

    @Override
    public List<BreakGlassUse> openBreakGlass(long offset, int size) {
        return uses().stream().filter(u -> !reviews.containsKey(u.accessId())).skip(offset).limit(size).toList();
    }

    @Override
    public long countOpenBreakGlass() {
        return uses().stream().filter(u -> !reviews.containsKey(u.accessId())).count();
    }

    @Override
    public Optional<BreakGlassUse> breakGlass(long accessId) {
        return uses().stream().filter(u -> u.accessId() == accessId).findFirst();
    }

    @Override
    public void closeBreakGlass(long accessId, String reviewer, String reviewerRole, String note) {
        if (reviews.putIfAbsent(accessId, new Review(reviewer, note, clock.instant())) != null) {
            throw new IllegalStateException("this use of break glass has been reviewed already");
        }
    }
}
