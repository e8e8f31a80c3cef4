package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Periods of care with their episodes in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code PeriodsOfCareContract} as the jOOQ adapter does: periods added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds an open period holds its child's lock
 * to its end, as {@code period_of_care_one_open_per_child} holds a second insert until the first commits, and one that
 * changes a period holds that period's, as its row lock does: so of two children's first periods at once one is
 * refused, and of two changes from one version one is stale.
 */
public final class InMemoryPeriodsOfCare implements PeriodsOfCare {
    /** Earliest first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<PeriodOfCare> EARLIEST = Comparator.comparing(PeriodOfCare::startDate)
            .thenComparing(p -> p.id().toString());

    /** The lock the unique index on a child's open period stands for. */
    private record OpenPeriodOf(ChildId child) {}

    private final InMemoryRows<UUID, PeriodOfCare> rows = new InMemoryRows<>();

    private List<PeriodOfCare> visible(Predicate<PeriodOfCare> which) {
        return rows.where(which).stream().sorted(EARLIEST).toList();
    }

    private static Page<PeriodOfCare> page(List<PeriodOfCare> all, Slice slice) {
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public Optional<PeriodOfCare> find(UUID periodId) {
        return rows.find(periodId);
    }

    @Override
    public Optional<PeriodOfCare> openFor(ChildId child) {
        return visible(p -> p.childId().equals(child) && p.isOpen()).stream().findFirst();
    }

    @Override
    public Optional<LocalDate> lastEndFor(ChildId child) {
        return visible(p -> p.childId().equals(child)).stream().map(PeriodOfCare::endDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    @Override
    public void add(PeriodOfCare period) {
        addAll(List.of(period));
    }

    @Override
    public void addAll(List<PeriodOfCare> periods) {
        Set<ChildId> opening = new HashSet<>();
        for (PeriodOfCare p : periods) {
            if (!p.isOpen()) {
                continue;
            }
            rows.lock(new OpenPeriodOf(p.childId()));
            if (!opening.add(p.childId()) || openFor(p.childId()).isPresent()) {
                // As period_of_care_one_open_per_child refuses it; nothing of the bulk is written.
                throw new Conflict("the child is already looked after; end the current period of care first");
            }
        }
        periods.forEach(p -> rows.put(p.id(), p));
    }

    @Override
    public void update(PeriodOfCare after, long expectedVersion) {
        rows.lock(after.id());
        if (find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the period of care", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public List<PeriodOfCare> lookedAfter(LookedAfterOn rule) {
        return visible(rule::counts);
    }

    @Override
    public Page<PeriodOfCare> lookedAfter(LookedAfterOn rule, ListScope scope, Slice slice) {
        return page(visible(p -> scope.includes(p.childId()) && rule.counts(p)), slice);
    }

    @Override
    public long countChildrenLookedAfter(LookedAfterOn rule) {
        return lookedAfter(rule).stream().map(PeriodOfCare::childId).distinct().count();
    }

    @Override
    public List<PeriodOfCare> forChild(ChildId child) {
        return visible(p -> p.childId().equals(child));
    }

    @Override
    public Page<PeriodOfCare> forChild(ChildId child, Slice slice) {
        return page(forChild(child), slice);
    }

    @Override
    public List<PeriodOfCare> forChildren(Collection<ChildId> children) {
        Set<ChildId> asked = Set.copyOf(children);
        return visible(p -> asked.contains(p.childId()));
    }

    @Override
    public List<PeriodOfCare> overlapping(LocalDate from, LocalDate to) {
        return visible(p -> p.episodes().stream().anyMatch(e -> !e.startDate().isAfter(to)
                && (e.endDate() == null || !e.endDate().isBefore(from))));
    }
}
