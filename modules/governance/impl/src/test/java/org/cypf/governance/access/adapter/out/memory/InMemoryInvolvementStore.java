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
import java.util.stream.Collectors;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.access.domain.BreakGlass;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.api.access.AllocatedWorkers;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.kernel.problem.Conflict;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Involvements and the break-glass review queue in memory, for fast tests of the access port (ADR 0097); test code
 * only. Their rows are kept in {@link InMemoryRows}: a creator's involvement is kept only when the caller's
 * {@link InMemoryUnitOfWork} commits, once per person and child (the creator's lock held to its end, as the unique
 * index holds a second inserter); an involvement recorded, or a review, is written in a unit of work of the store's
 * own, joining the caller's when one is open, as the jOOQ store's transaction on governance's connection does. The
 * break-glass uses are read from the {@link InMemoryAccessAudit} beside it, as the jOOQ store reads them from the
 * audit table.
 */
public final class InMemoryInvolvementStore implements InvolvementStore {
    private record Review(String reviewer, String note, java.time.Instant at) {}

    private final InMemoryAccessAudit audit;
    private final Clock clock;
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryRows<UUID, Involvement> involvements = new InMemoryRows<>();
    private final InMemoryRows<Long, Review> reviews = new InMemoryRows<>();

    public InMemoryInvolvementStore(InMemoryAccessAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    private static boolean inForce(Involvement i, LocalDate date) {
        return !i.validFrom().isAfter(date) && (i.validTo() == null || !i.validTo().isBefore(date));
    }

    private List<Involvement> all() {
        return involvements.where(i -> true);
    }

    @Override
    public boolean involved(UUID child, String userId, String organisation, LocalDate date) {
        return all().stream().anyMatch(i -> i.childId().equals(child) && i.userId().equals(userId)
                && i.organisation().equals(organisation) && inForce(i, date));
    }

    @Override
    public Set<UUID> involvedAmong(java.util.Collection<UUID> children, String userId, String organisation,
                                   LocalDate date) {
        Set<UUID> asked = Set.copyOf(children);
        return all().stream().filter(i -> asked.contains(i.childId()) && i.userId().equals(userId)
                && i.organisation().equals(organisation) && inForce(i, date)).map(Involvement::childId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<UUID> involvedChildren(String userId, String organisation, LocalDate date) {
        return all().stream().filter(i -> i.userId().equals(userId) && i.organisation().equals(organisation)
                && inForce(i, date)).map(Involvement::childId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<AllocatedWorkers.Worker> allocatedWorker(UUID child, LocalDate date) {
        return all().stream().filter(i -> i.childId().equals(child) && i.kind().equals("ALLOCATED-WORKER")
                        && inForce(i, date))
                .max(Comparator.comparing(Involvement::validFrom).thenComparing(Involvement::recordedAt))
                .map(i -> new AllocatedWorkers.Worker(i.userId(), i.organisation()));
    }

    @Override
    public Map<UUID, String> allocatedTeams(LocalDate date) {
        // The latest allocation in force wins when two overlap, as in the jOOQ store.
        return all().stream().filter(i -> i.kind().equals("ALLOCATED-TEAM") && inForce(i, date))
                .collect(Collectors.groupingBy(Involvement::childId, Collectors.maxBy(
                        Comparator.comparing(Involvement::validFrom).thenComparing(Involvement::recordedAt))))
                .entrySet().stream().filter(e -> e.getValue().isPresent())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().get().team()));
    }

    @Override
    public void recordCreatorWithCurrentChange(UUID child, String userId, String organisation, LocalDate date) {
        Involvement created = new Involvement(UUID.randomUUID(), child, userId, organisation, "CREATED-RECORD", null,
                null, date, null, userId, clock.instant());
        InMemoryUnitOfWork.current(); // in the caller's unit of work only, as the jOOQ store writes on its connection
        involvements.lock(List.of("CREATED-RECORD", child, userId, organisation));
        boolean already = !involvements.where(i -> i.kind().equals("CREATED-RECORD") && i.childId().equals(child)
                && i.userId().equals(userId) && i.organisation().equals(organisation)).isEmpty();
        if (!already) {
            involvements.put(created.involvementId(), created);
        }
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
        return unitOfWork.inTransaction(() -> {
            involvements.put(recorded.involvementId(), recorded);
            return recorded;
        });
    }

    @Override
    public List<Involvement> involvements(UUID child, long offset, int size) {
        return all().stream().filter(i -> child == null || i.childId().equals(child))
                .sorted(Comparator.comparing(Involvement::recordedAt)).skip(offset).limit(size).toList();
    }

    @Override
    public long countInvolvements(UUID child) {
        return all().stream().filter(i -> child == null || i.childId().equals(child)).count();
    }

    private List<BreakGlassUse> uses() {
        List<BreakGlassUse> uses = new ArrayList<>();
        for (AuditedAccess a : audit.all()) {
            if (AccessPolicy.BREAK_GLASS.equals(a.rule()) && "PERMITTED".equals(a.decision())) {
                Review r = reviews.find(a.accessId()).orElse(null);
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
        return uses().stream().filter(u -> reviews.find(u.accessId()).isEmpty()).skip(offset).limit(size).toList();
    }

    @Override
    public long countOpenBreakGlass() {
        return uses().stream().filter(u -> reviews.find(u.accessId()).isEmpty()).count();
    }

    @Override
    public Optional<BreakGlassUse> breakGlass(long accessId) {
        return uses().stream().filter(u -> u.accessId() == accessId).findFirst();
    }

    @Override
    public void closeBreakGlass(long accessId, String reviewer, String reviewerRole, String note) {
        unitOfWork.run(() -> {
            reviews.lock(accessId);
            if (reviews.find(accessId).isPresent()) {
                throw new Conflict("break-glass use " + accessId + " was reviewed already");
            }
            reviews.put(accessId, new Review(reviewer, note, clock.instant()));
        });
    }
}
