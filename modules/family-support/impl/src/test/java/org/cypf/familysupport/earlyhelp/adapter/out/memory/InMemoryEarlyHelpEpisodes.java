package org.cypf.familysupport.earlyhelp.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Early help episodes in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code EarlyHelpEpisodeRecordsContract} as the jOOQ adapter does: episodes added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that opens an episode from a request, or
 * changes an episode, holds that request's or episode's lock to its end, as the database's unique index and row lock
 * hold the second until the first commits: one episode a request, and of two changes from one version one is stale.
 * The figures count as the jOOQ adapter's SQL does.
 */
public final class InMemoryEarlyHelpEpisodes implements EarlyHelpEpisodeRecords {
    /** Newest opened first, then by id, as the jOOQ adapter pages them (a uuid's text orders as its bytes). */
    private static final Comparator<EarlyHelpEpisode> NEWEST_FIRST = Comparator.comparing(EarlyHelpEpisode::openedOn)
            .reversed().thenComparing(e -> e.id().toString());

    private final InMemoryRows<UUID, EarlyHelpEpisode> rows = new InMemoryRows<>();

    private Stream<EarlyHelpEpisode> visible() {
        return rows.where(e -> true).stream();
    }

    @Override
    public Optional<EarlyHelpEpisode> find(UUID episodeId) {
        return rows.find(episodeId);
    }

    @Override
    public Optional<EarlyHelpEpisode> openedFrom(UUID requestId) {
        return visible().filter(e -> e.requestId().equals(requestId)).findFirst();
    }

    @Override
    public void add(EarlyHelpEpisode episode) {
        rows.lock(episode.requestId()); // a request's and an episode's ids never meet
        rows.lock(episode.id());
        if (openedFrom(episode.requestId()).isPresent() || find(episode.id()).isPresent()) {
            // As the request's unique index, or the episode's primary key, refuses it.
            throw new Conflict("an early help episode is already open from this request for support, or held under "
                    + "this id");
        }
        rows.put(episode.id(), episode);
    }

    @Override
    public void update(EarlyHelpEpisode episode, long expectedVersion) {
        rows.lock(episode.id());
        if (find(episode.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the early help episode", expectedVersion);
        }
        rows.put(episode.id(), episode);
    }

    private static Predicate<EarlyHelpEpisode> selected(Selection s, ListScope scope) {
        return e -> (s.open() == null || s.open() == (e.closedOn() == null))
                && (s.leadPractitioner() == null || s.leadPractitioner().equals(e.leadPractitioner()))
                && scope.includes(e.childId());
    }

    @Override
    public Page<EarlyHelpEpisode> page(Selection selection, ListScope scope, Slice slice) {
        List<EarlyHelpEpisode> all = visible().filter(selected(selection, scope)).sorted(NEWEST_FIRST).toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public Page<EarlyHelpEpisode> ofChild(org.cypf.kernel.identity.ChildId child, Slice slice) {
        // Earliest opened first, then by id, as the jOOQ adapter reads a child's episodes.
        List<EarlyHelpEpisode> all = rows.where(e -> e.childId().equals(child)).stream()
                .sorted(Comparator.comparing(EarlyHelpEpisode::openedOn).thenComparing(e -> e.id().toString())).toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    private static boolean between(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public long openOn(LocalDate asAt) {
        return visible().filter(e -> !e.openedOn().isAfter(asAt)
                && (e.closedOn() == null || e.closedOn().isAfter(asAt))).count();
    }

    @Override
    public long openedBetween(LocalDate from, LocalDate to) {
        return visible().filter(e -> between(e.openedOn(), from, to)).count();
    }

    @Override
    public long steppedUpBetween(LocalDate from, LocalDate to) {
        return visible().filter(e -> between(e.steppedUpOn(), from, to)).count();
    }

    @Override
    public long reReferredBetween(LocalDate from, LocalDate to) {
        List<EarlyHelpEpisode> all = visible().toList();
        return all.stream().filter(e -> between(e.openedOn(), from, to) && all.stream().anyMatch(earlier ->
                earlier.childId().equals(e.childId()) && !earlier.id().equals(e.id()) && earlier.closedOn() != null
                        && !earlier.closedOn().isAfter(e.openedOn())
                        && earlier.closedOn().isAfter(e.openedOn().minusMonths(12)))).count();
    }

    @Override
    public long sustainedChecksBetween(LocalDate from, LocalDate to, boolean successfulOnly) {
        return visible().filter(e -> between(e.sustainedCheckedOn(), from, to)
                && (!successfulOnly || Boolean.TRUE.equals(e.successfulFamilyOutcome()))).count();
    }

    @Override
    public long closedBetween(LocalDate from, LocalDate to, boolean allAchievedOnly) {
        return visible().filter(e -> between(e.closedOn(), from, to) && (!allAchievedOnly || (!e.headlines().isEmpty()
                && e.headlines().stream().allMatch(h -> h.outcome() == EarlyHelpEpisode.Outcome.ACHIEVED)))).count();
    }

    @Override
    public long closedWithNeedUnder(org.cypf.familysupport.earlyhelp.domain.SupportingFamiliesHeadline headline,
                                    LocalDate from, LocalDate to, boolean achievedOnly) {
        return visible().filter(e -> between(e.closedOn(), from, to) && e.headlines().stream().anyMatch(h ->
                h.headline() == headline && (!achievedOnly || h.outcome() == EarlyHelpEpisode.Outcome.ACHIEVED)))
                .count();
    }
}
