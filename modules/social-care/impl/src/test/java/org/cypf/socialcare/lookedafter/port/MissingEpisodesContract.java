package org.cypf.socialcare.lookedafter.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.junit.jupiter.api.Test;

/**
 * What every store of missing and away episodes must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same episodes runs it too.
 *
 * <p>The promises: an episode added is read back whole by its id, and an id that names none finds nothing; a child's
 * episodes are read oldest first (missing and away on one day: A before M), whole and a page at a time with the
 * child's total, and several children's in one reading, by child and start; a second episode of a child of one kind
 * starting on one day is refused with {@link Conflict}, one at a time or in bulk, leaving what was there; episodes
 * added in bulk are all kept; the end is stored only from the version it was made from, one from a stale version
 * refused with {@link StaleVersion} and storing nothing; the episodes open on a day between two days, both included,
 * by child and start; what a unit of work added is gone when it rolls back; of two episodes alike added at once one is
 * kept, and of two ends made at once from one version one is stored and the other refused. Each test works on children
 * of its own; only the test of overlapping episodes has episodes before 2010.
 */
public abstract class MissingEpisodesContract {

    protected abstract MissingEpisodes episodes();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born before 2000, and gives its id. */
    protected abstract ChildId aChild();

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static MissingEpisode episode(ChildId child, String kind, LocalDate start, LocalDate end) {
        return MissingEpisode.rebuild(UUID.randomUUID(), child, kind, start, end, 0);
    }

    private MissingEpisode added(ChildId child, String kind, LocalDate start, LocalDate end) {
        MissingEpisode episode = episode(child, kind, start, end);
        inUnitOfWork(() -> episodes().add(episode));
        return episode;
    }

    private static List<List<Object>> whole(List<MissingEpisode> episodes) {
        return episodes.stream().map(e -> {
            List<Object> fields = new ArrayList<>(List.of(e.id(), e.childId(), e.kind(), e.startDate(), e.version()));
            fields.add(e.endDate() == null ? "open" : e.endDate());
            return List.copyOf(fields);
        }).toList();
    }

    private Optional<MissingEpisode> find(UUID id) {
        return inUnitOfWork(() -> episodes().find(id));
    }

    private List<MissingEpisode> forChild(ChildId child) {
        return inUnitOfWork(() -> episodes().forChild(child));
    }

    /** Runs the writes at once, each in a unit of work of its own; gives how many were kept ({@code true}). */
    private static long keptOf(List<Callable<Boolean>> writes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            List<Boolean> kept = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(writes)) {
                kept.add(f.get());
            }
            return kept.stream().filter(b -> b).count();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void an_episode_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = aChild();
        MissingEpisode back = added(child, "M", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5));
        MissingEpisode open = added(child, "A", LocalDate.of(2025, 4, 1), null);
        assertEquals(whole(List.of(back, open)), whole(List.of(find(back.id()).orElseThrow(),
                find(open.id()).orElseThrow())));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_childs_episodes_are_read_oldest_first_whole_by_page_with_the_total_and_several_children_at_once() {
        ChildId child = aChild();
        MissingEpisode third = added(child, "M", LocalDate.of(2024, 6, 1), null);
        MissingEpisode missing = added(child, "M", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2));
        MissingEpisode away = added(child, "A", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1));
        ChildId other = aChild();
        MissingEpisode others = added(other, "A", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3));

        assertEquals(whole(List.of(away, missing, third)), whole(forChild(child)));
        Page<MissingEpisode> page1 = inUnitOfWork(() -> episodes().forChild(child, new Slice(1, 2)));
        Page<MissingEpisode> page2 = inUnitOfWork(() -> episodes().forChild(child, new Slice(2, 2)));
        Page<MissingEpisode> beyond = inUnitOfWork(() -> episodes().forChild(child, new Slice(3, 2)));
        assertEquals(List.of(whole(List.of(away, missing)), 3L, whole(List.of(third)), 3L, List.of(), 3L),
                List.of(whole(page1.items()), page1.total(), whole(page2.items()), page2.total(),
                        whole(beyond.items()), beyond.total()));

        List<List<Object>> read = whole(inUnitOfWork(() -> episodes().forChildren(List.of(child, other))));
        List<List<Object>> childFirst = new ArrayList<>(whole(List.of(away, missing, third)));
        childFirst.addAll(whole(List.of(others)));
        List<List<Object>> otherFirst = new ArrayList<>(whole(List.of(others)));
        otherFirst.addAll(whole(List.of(away, missing, third)));
        assertTrue(read.equals(childFirst) || read.equals(otherFirst), "by child, then by start: " + read);
        assertEquals(List.of(), inUnitOfWork(() -> episodes().forChildren(List.of())));
        assertEquals(List.of(), forChild(aChild()));
    }

    @Test
    public void a_second_episode_of_one_kind_starting_on_one_day_is_refused_one_at_a_time_or_in_bulk() {
        ChildId child = aChild();
        MissingEpisode first = added(child, "M", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> episodes().add(
                episode(child, "M", first.startDate(), null))));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> episodes().addAll(List.of(
                episode(child, "M", LocalDate.of(2025, 5, 1), null), episode(child, "M", first.startDate(), null)))));
        assertEquals(whole(List.of(first)), whole(forChild(child)));
    }

    @Test
    public void episodes_added_in_bulk_are_all_kept() {
        ChildId one = aChild();
        ChildId two = aChild();
        List<MissingEpisode> bulk = List.of(episode(one, "M", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2)),
                episode(one, "A", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1)),
                episode(two, "M", LocalDate.of(2023, 5, 5), null));
        inUnitOfWork(() -> episodes().addAll(bulk));
        assertEquals(whole(List.of(bulk.get(1), bulk.get(0))), whole(forChild(one)));
        assertEquals(whole(List.of(bulk.get(2))), whole(forChild(two)));
    }

    @Test
    public void the_end_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        ChildId child = aChild();
        MissingEpisode episode = added(child, "M", LocalDate.of(2025, 3, 3), null);
        MissingEpisode back = episode.endAsReturned(LocalDate.of(2025, 3, 6)).after();
        inUnitOfWork(() -> episodes().update(back, episode.version()));
        assertEquals(whole(List.of(back)), whole(List.of(find(episode.id()).orElseThrow())));

        MissingEpisode stale = episode.endAsReturned(LocalDate.of(2025, 3, 9)).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> episodes().update(stale, episode.version())));
        MissingEpisode never = episode(child, "A", LocalDate.of(2025, 4, 4), null).endAsReturned(
                LocalDate.of(2025, 4, 5)).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> episodes().update(never, 0)));
        assertEquals(whole(List.of(back)), whole(forChild(child)));
    }

    @Test
    public void the_episodes_open_on_a_day_between_two_days_both_included_by_child_and_start() {
        // Every episode here is in 2003 and ended: no other test's episode overlaps its days.
        ChildId a = aChild();
        ChildId b = aChild();
        MissingEpisode endsOnTheFirstDay = added(a, "M", LocalDate.of(2003, 2, 25), LocalDate.of(2003, 3, 1));
        MissingEpisode startsOnTheLastDay = added(a, "A", LocalDate.of(2003, 3, 31), LocalDate.of(2003, 4, 2));
        MissingEpisode within = added(b, "M", LocalDate.of(2003, 3, 10), LocalDate.of(2003, 3, 12));
        MissingEpisode across = added(b, "A", LocalDate.of(2003, 2, 1), LocalDate.of(2003, 4, 30));
        added(a, "M", LocalDate.of(2003, 1, 1), LocalDate.of(2003, 2, 28));
        added(b, "M", LocalDate.of(2003, 4, 1), LocalDate.of(2003, 4, 1));

        List<List<Object>> read = whole(inUnitOfWork(() -> episodes().overlapping(LocalDate.of(2003, 3, 1),
                LocalDate.of(2003, 3, 31))));
        List<List<Object>> aFirst = new ArrayList<>(whole(List.of(endsOnTheFirstDay, startsOnTheLastDay)));
        aFirst.addAll(whole(List.of(across, within)));
        List<List<Object>> bFirst = new ArrayList<>(whole(List.of(across, within)));
        bFirst.addAll(whole(List.of(endsOnTheFirstDay, startsOnTheLastDay)));
        assertTrue(read.equals(aFirst) || read.equals(bFirst), "by child, then by start: " + read);
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        MissingEpisode episode = episode(child, "M", LocalDate.of(2025, 3, 3), null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            episodes().add(episode);
            throw new IllegalStateException("the use case failed after adding the episode");
        }));
        assertEquals(List.of(Optional.empty(), List.of()), List.of(find(episode.id()), forChild(child)));
        added(child, "M", episode.startDate(), null); // nothing left on that day to refuse it
    }

    @Test
    public void of_two_episodes_alike_added_at_once_one_is_kept_and_the_other_refused() throws Exception {
        ChildId child = aChild();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (LocalDate end : List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5))) {
            MissingEpisode episode = episode(child, "M", LocalDate.of(2025, 3, 3), end);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> episodes().add(episode));
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        assertEquals(1, keptOf(adds), "one kept, one refused");
        assertEquals(1, forChild(child).size());
    }

    @Test
    public void of_two_ends_made_at_once_from_one_version_one_is_stored_and_the_other_refused() throws Exception {
        MissingEpisode episode = added(aChild(), "A", LocalDate.of(2025, 3, 3), null);
        List<Callable<Boolean>> ends = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5))) {
            MissingEpisode after = episode.endAsReturned(on).after();
            ends.add(() -> {
                try {
                    inUnitOfWork(() -> episodes().update(after, episode.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        assertEquals(1, keptOf(ends), "one stored, one refused");
        assertEquals(episode.version() + 1, find(episode.id()).orElseThrow().version());
    }
}
