package org.cypf.socialcare.returns.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The SSDA903 return's reading of periods of care in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code Ssda903EpisodesContract} as the jOOQ adapter does. It reads what it is told social care holds (each child's
 * CHILD with {@link #holdChild}, the periods with {@link #hold}), in the caller's {@link InMemoryUnitOfWork}, as the
 * jOOQ adapter reads the child, period and episode tables. CHILD is compared as Java compares strings, code unit by
 * code unit, which for the ASCII a CHILD is made of is PostgreSQL's "C" collation; a uuid's text orders as its bytes.
 */
public final class InMemorySsda903Episodes implements Ssda903Episodes {
    private static final Comparator<Episode> BY_START = Comparator.comparing(Episode::startDate)
            .thenComparing(Episode::endDate, Comparator.nullsLast(Comparator.naturalOrder()));

    private final InMemoryRows<ChildId, String> localChildIds = new InMemoryRows<>();
    private final InMemoryRows<UUID, PeriodOfCare> periods = new InMemoryRows<>();

    /** Holds a child's CHILD, as social care's child table does, in the open unit of work. */
    public void holdChild(ChildId child, String localChildId) {
        localChildIds.put(child, localChildId);
    }

    /** Holds a period of care, as social care's periods-of-care store does, in the open unit of work. */
    public void hold(PeriodOfCare period) {
        periods.put(period.id(), period);
    }

    private static boolean overlaps(Episode e, LocalDate from, LocalDate to) {
        return !e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from));
    }

    private static PeriodOfCare episodesByStart(PeriodOfCare p) {
        return PeriodOfCare.rebuild(p.id(), p.childId(), p.episodes().stream().sorted(BY_START).toList(), p.version());
    }

    private List<PeriodOfCare> read(java.util.function.Predicate<PeriodOfCare> which, Comparator<PeriodOfCare> first) {
        return periods.where(which).stream().map(InMemorySsda903Episodes::episodesByStart)
                .sorted(first.thenComparing(PeriodOfCare::startDate).thenComparing(p -> p.id().toString()))
                .toList();
    }

    private String localChildId(ChildId child) {
        return localChildIds.find(child).orElseThrow(() -> new IllegalStateException("a period of a child not held"));
    }

    @Override
    public List<PeriodOfCare> overlapping(LocalDate from, LocalDate to) {
        return read(p -> p.episodes().stream().anyMatch(e -> overlaps(e, from, to)),
                Comparator.comparing(p -> localChildId(p.childId())));
    }

    @Override
    public List<PeriodOfCare> forChildren(Collection<ChildId> children) {
        Set<ChildId> asked = new HashSet<>(children);
        return read(p -> asked.contains(p.childId()), Comparator.comparing(p -> p.childId().value().toString()));
    }
}
