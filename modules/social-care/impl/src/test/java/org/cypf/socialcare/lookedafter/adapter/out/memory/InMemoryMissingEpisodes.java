package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Missing and away episodes in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code MissingEpisodesContract} as the jOOQ adapter does: episodes added and ended in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds an episode holds the lock of its child,
 * kind and start to its end, as the unique (child, start, kind) index holds a second insert until the first commits,
 * and one that ends an episode holds that episode's, as its row lock does.
 */
public final class InMemoryMissingEpisodes implements MissingEpisodes {
    /** By child, start and kind, then id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<MissingEpisode> BY_CHILD_AND_START = Comparator
            .comparing((MissingEpisode e) -> e.childId().value().toString()).thenComparing(MissingEpisode::startDate)
            .thenComparing(MissingEpisode::kind).thenComparing(e -> e.id().toString());

    /** The lock the unique (child_id, start_date, kind) index stands for. */
    private record Alike(ChildId child, LocalDate start, String kind) {
        static Alike as(MissingEpisode e) {
            return new Alike(e.childId(), e.startDate(), e.kind());
        }
    }

    private final InMemoryRows<UUID, MissingEpisode> rows = new InMemoryRows<>();

    private List<MissingEpisode> visible(Predicate<MissingEpisode> which) {
        return rows.where(which).stream().sorted(BY_CHILD_AND_START).toList();
    }

    @Override
    public Optional<MissingEpisode> find(UUID missingId) {
        return rows.find(missingId);
    }

    @Override
    public List<MissingEpisode> forChild(ChildId child) {
        return visible(e -> e.childId().equals(child));
    }

    @Override
    public Page<MissingEpisode> forChild(ChildId child, Slice slice) {
        List<MissingEpisode> all = forChild(child);
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public List<MissingEpisode> overlapping(LocalDate from, LocalDate to) {
        return visible(e -> !e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from)));
    }

    @Override
    public void add(MissingEpisode episode) {
        addAll(List.of(episode));
    }

    @Override
    public List<MissingEpisode> forChildren(Collection<ChildId> children) {
        Set<ChildId> asked = Set.copyOf(children);
        return visible(e -> asked.contains(e.childId()));
    }

    @Override
    public void addAll(List<MissingEpisode> episodes) {
        Set<Alike> given = new HashSet<>();
        for (MissingEpisode episode : episodes) {
            Alike alike = Alike.as(episode);
            rows.lock(alike);
            if (!given.add(alike) || !visible(e -> Alike.as(e).equals(alike)).isEmpty()) {
                // As the unique (child_id, start_date, kind) index refuses it; nothing of the bulk is written.
                throw new Conflict("an episode of the child starting " + episode.startDate()
                        + " was recorded at the same moment");
            }
        }
        episodes.forEach(e -> rows.put(e.id(), e));
    }

    @Override
    public void update(MissingEpisode after, long expectedVersion) {
        rows.lock(after.id());
        MissingEpisode held = find(after.id()).filter(e -> e.version() == expectedVersion)
                .orElseThrow(() -> new StaleVersion("the missing episode", expectedVersion));
        // Only the end and the version are stored, as the jOOQ adapter's update writes only those columns.
        rows.put(held.id(), MissingEpisode.rebuild(held.id(), held.childId(), held.kind(), held.startDate(),
                after.endDate(), after.version()));
    }
}
