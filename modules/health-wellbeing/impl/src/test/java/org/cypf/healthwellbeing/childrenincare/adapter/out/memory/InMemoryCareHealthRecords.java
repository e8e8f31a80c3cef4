package org.cypf.healthwellbeing.childrenincare.adapter.out.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Children in care's health records in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code CareHealthRecordsContract} as the jOOQ adapter does: records added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds or changes a record holds that
 * record's lock (and, adding, its period of care's) to its end, as the database's keys and row lock hold the second
 * writer until the first commits: an id and a period are held once, and of two changes from one version one is
 * stale. The due dates are the record's own ({@link CareHealthRecord#ihaDueBy()},
 * {@link CareHealthRecord#nextAssessmentDue()}, {@link CareHealthRecord#initialAssessmentOn()}): the rule the
 * application uses, not a copy of it.
 */
public final class InMemoryCareHealthRecords implements CareHealthRecords {
    /** A uuid's text orders as its bytes, as PostgreSQL orders the key. */
    private static final Comparator<CareHealthRecord> BY_ID = Comparator.comparing(r -> r.id().toString());
    /** Oldest period first, then by id, as the jOOQ adapter reads them. */
    private static final Comparator<CareHealthRecord> OLDEST_FIRST =
            Comparator.comparing(CareHealthRecord::enteredCareOn).thenComparing(BY_ID);
    private static final Comparator<CareHealthRecord> NEXT_DUE_FIRST =
            Comparator.comparing(CareHealthRecord::nextAssessmentDue).thenComparing(BY_ID);
    private static final Comparator<CareHealthRecord> IHA_DUE_FIRST =
            Comparator.comparing(CareHealthRecord::ihaDueBy).thenComparing(BY_ID);

    private final InMemoryRows<UUID, CareHealthRecord> rows = new InMemoryRows<>();

    private List<CareHealthRecord> visible(Predicate<CareHealthRecord> which, Comparator<CareHealthRecord> order) {
        return rows.where(which).stream().sorted(order).toList();
    }

    private static <T> Page<T> page(List<T> all, Slice slice) {
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public Optional<CareHealthRecord> find(UUID recordId) {
        return rows.find(recordId);
    }

    @Override
    public Optional<CareHealthRecord> forPeriod(UUID periodId) {
        return visible(r -> r.periodId().equals(periodId), OLDEST_FIRST).stream().findFirst();
    }

    @Override
    public List<CareHealthRecord> ofChild(ChildId child) {
        return visible(r -> r.childId().equals(child), OLDEST_FIRST);
    }

    @Override
    public List<CareHealthRecord> ofChildren(Collection<ChildId> children) {
        Set<ChildId> named = Set.copyOf(children);
        return visible(r -> named.contains(r.childId()), OLDEST_FIRST);
    }

    @Override
    public Page<CareHealthRecord> byNextAssessmentDue(ListScope scope, Slice slice) {
        return page(visible(r -> scope.includes(r.childId()), NEXT_DUE_FIRST), slice);
    }

    /** No initial health assessment recorded, as the jOOQ reading's condition says it. */
    private List<CareHealthRecord> initialAssessmentAwaited(ListScope scope) {
        return visible(r -> r.initialAssessmentOn().isEmpty() && scope.includes(r.childId()), IHA_DUE_FIRST);
    }

    @Override
    public Page<InitialAssessmentDue> initialAssessmentsDue(ListScope scope, Slice slice) {
        return page(initialAssessmentAwaited(scope).stream().map(r -> new InitialAssessmentDue(r.id(), r.childId(),
                r.enteredCareOn(), r.ihaDueBy(), r.version())).toList(), slice);
    }

    @Override
    public List<CareHealthRecord> ihaDueBetween(LocalDate from, LocalDate to) {
        return visible(r -> !r.ihaDueBy().isBefore(from) && !r.ihaDueBy().isAfter(to), OLDEST_FIRST);
    }

    @Override
    public void add(CareHealthRecord record) {
        rows.lock(record.id());
        rows.lock(List.of("period", record.periodId()));
        if (find(record.id()).isPresent() || forPeriod(record.periodId()).isPresent()) {
            // As the key and the period's unique index refuse it (the jOOQ adapter translates the unique violation).
            throw new Conflict("a health record is held for this period of care, or under this id, already");
        }
        rows.put(record.id(), record);
    }

    @Override
    public void update(CareHealthRecord after, long expectedVersion) {
        rows.lock(after.id());
        if (find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the child in care's health record", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public List<TeamCount> initialAssessmentsDueByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        Map<String, long[]> byTeam = new TreeMap<>();
        long[] none = new long[2];
        for (CareHealthRecord r : initialAssessmentAwaited(scope)) {
            String team = teams.byChild().get(r.childId().value());
            long[] counted = team == null ? none : byTeam.computeIfAbsent(team, t -> new long[2]);
            counted[0]++;
            if (r.ihaDueBy().isBefore(today)) {
                counted[1]++;
            }
        }
        List<TeamCount> counts = new ArrayList<>();
        byTeam.forEach((team, c) -> counts.add(new TeamCount(team, c[0], c[1])));
        if (none[0] > 0) {
            counts.add(new TeamCount(null, none[0], none[1])); // no team last, as the query orders nulls
        }
        return counts;
    }
}
