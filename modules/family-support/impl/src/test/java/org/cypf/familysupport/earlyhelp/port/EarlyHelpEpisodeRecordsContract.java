package org.cypf.familysupport.earlyhelp.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.cypf.familysupport.earlyhelp.domain.EarlyHelpEpisode;
import org.cypf.familysupport.earlyhelp.port.EarlyHelpEpisodeRecords.Selection;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of early help episodes must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it
 * on PostgreSQL; an integrator's store of the same episodes runs it too.
 *
 * <p>The promises: an episode added is read back whole by its id and by the request it was opened from, and an id
 * that names none finds nothing; a second episode opened from the same request, or under an id already held, is
 * refused with {@link Conflict} and the first kept; a change is stored only from the version it was made from, one from a stale version refused with
 * {@link StaleVersion} and storing nothing; a list holds the episodes the selection and the scope give, newest opened
 * first, a page at a time with the total; what a unit of work stored is gone when it rolls back; two changes made at
 * once from one version store one and refuse the other. Each test works on children of its own, so tests sharing a
 * store never meet. (The measures, counted over the whole store, are the service's tests' business.)
 */
public abstract class EarlyHelpEpisodeRecordsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract EarlyHelpEpisodeRecords episodes();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a request for support about {@code child}, received on {@code on}, and gives its id. */
    protected abstract UUID aRequestFor(ChildId child, LocalDate on);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private EarlyHelpEpisode opened(ChildId child, LocalDate on, String lead) {
        EarlyHelpEpisode episode = unstored(child, aRequestFor(child, on.minusDays(7)), on, lead);
        inUnitOfWork(() -> episodes().add(episode));
        return episode;
    }

    private static EarlyHelpEpisode unstored(ChildId child, UUID request, LocalDate on, String lead) {
        return EarlyHelpEpisode.open(UUID.randomUUID(), child, request, on.minusDays(3), on, lead, "council", TODAY)
                .after();
    }

    private Optional<EarlyHelpEpisode> find(UUID id) {
        return inUnitOfWork(() -> episodes().find(id));
    }

    private static EarlyHelpEpisode joined(EarlyHelpEpisode e, String name) {
        return e.addTeamMember(name, "health visiting", "health visitor", e.openedOn().plusDays(1), TODAY).after();
    }

    @Test
    public void an_episode_added_is_read_back_by_its_id_and_its_request_and_an_unknown_id_finds_nothing() {
        ChildId child = ChildId.newId();
        EarlyHelpEpisode episode = opened(child, LocalDate.of(2025, 6, 2), "ehp.jones");
        EarlyHelpEpisode read = find(episode.id()).orElseThrow();
        assertEquals(List.of(child, episode.requestId(), LocalDate.of(2025, 6, 2), "ehp.jones", "council", 0L),
                List.of(read.childId(), read.requestId(), read.openedOn(), read.leadPractitioner(),
                        read.leadOrganisation(), read.version()));
        assertEquals(Optional.of(episode.id()),
                inUnitOfWork(() -> episodes().openedFrom(episode.requestId())).map(EarlyHelpEpisode::id));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> episodes().openedFrom(UUID.randomUUID())));
    }

    @Test
    public void a_second_episode_from_the_same_request_is_refused_and_the_first_kept() {
        ChildId child = ChildId.newId();
        EarlyHelpEpisode first = opened(child, LocalDate.of(2025, 6, 2), "ehp.jones");
        EarlyHelpEpisode second = unstored(child, first.requestId(), LocalDate.of(2025, 6, 9), "ehp.other");
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> episodes().add(second)));
        assertEquals(Optional.of(first.id()),
                inUnitOfWork(() -> episodes().openedFrom(first.requestId())).map(EarlyHelpEpisode::id));
        assertEquals(Optional.empty(), find(second.id()));
    }

    @Test
    public void a_second_episode_under_an_id_already_held_is_refused_and_the_first_kept() {
        ChildId child = ChildId.newId();
        EarlyHelpEpisode first = opened(child, LocalDate.of(2025, 6, 2), "ehp.jones");
        ChildId other = ChildId.newId();
        EarlyHelpEpisode again = EarlyHelpEpisode.open(first.id(), other, aRequestFor(other, LocalDate.of(2025, 7, 1)),
                LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 7), "ehp.other", "council", TODAY).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> episodes().add(again)));
        EarlyHelpEpisode kept = find(first.id()).orElseThrow();
        assertEquals(List.of(child, first.requestId(), "ehp.jones"),
                List.of(kept.childId(), kept.requestId(), kept.leadPractitioner()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> episodes().openedFrom(again.requestId())));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        EarlyHelpEpisode episode = opened(ChildId.newId(), LocalDate.of(2025, 6, 2), "ehp.jones");
        EarlyHelpEpisode changed = joined(episode, "hv.smith");
        inUnitOfWork(() -> episodes().update(changed, episode.version()));
        EarlyHelpEpisode read = find(episode.id()).orElseThrow();
        assertEquals(List.of("hv.smith"), read.team().stream().map(EarlyHelpEpisode.Member::name).toList());
        assertEquals(changed.version(), read.version());

        EarlyHelpEpisode stale = joined(episode, "sn.brown");
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> episodes().update(stale, episode.version())));
        EarlyHelpEpisode still = find(episode.id()).orElseThrow();
        assertEquals(List.of("hv.smith"), still.team().stream().map(EarlyHelpEpisode.Member::name).toList());
        assertEquals(changed.version(), still.version());
    }

    @Test
    public void a_list_holds_the_selection_among_the_scopes_children_newest_opened_first_a_page_at_a_time() {
        ChildId a = ChildId.newId();
        ChildId b = ChildId.newId();
        ChildId c = ChildId.newId();
        ChildId unseen = ChildId.newId();
        EarlyHelpEpisode oldest = opened(a, LocalDate.of(2025, 3, 3), "ehp.jones");
        EarlyHelpEpisode newest = opened(b, LocalDate.of(2025, 5, 5), "ehp.jones");
        EarlyHelpEpisode middle = opened(c, LocalDate.of(2025, 4, 4), "ehp.other");
        opened(unseen, LocalDate.of(2025, 4, 20), "ehp.jones");
        ListScope mine = ListScope.only(List.of(a, b, c));

        Page<EarlyHelpEpisode> all = inUnitOfWork(() -> episodes().page(new Selection(null, null), mine,
                new Slice(1, 10)));
        assertEquals(3, all.total());
        assertEquals(List.of(newest.id(), middle.id(), oldest.id()), all.items().stream().map(EarlyHelpEpisode::id)
                .toList(), "newest opened first; the child outside the scope is not there");

        Page<EarlyHelpEpisode> jones = inUnitOfWork(() -> episodes().page(new Selection(true, "ehp.jones"), mine,
                new Slice(1, 10)));
        assertEquals(List.of(newest.id(), oldest.id()), jones.items().stream().map(EarlyHelpEpisode::id).toList());
        assertEquals(0, inUnitOfWork(() -> episodes().page(new Selection(false, null), mine, new Slice(1, 10)))
                .total(), "none of them is closed");

        Page<EarlyHelpEpisode> second = inUnitOfWork(() -> episodes().page(new Selection(null, null), mine,
                new Slice(2, 2)));
        assertEquals(3, second.total(), "the total counts the whole selection, whatever the page");
        assertEquals(List.of(oldest.id()), second.items().stream().map(EarlyHelpEpisode::id).toList());
    }

    @Test
    public void a_childs_episodes_are_read_earliest_opened_first_a_page_at_a_time_and_no_other_childs() {
        ChildId child = ChildId.newId();
        EarlyHelpEpisode later = opened(child, LocalDate.of(2025, 9, 1), "ehp.jones");
        EarlyHelpEpisode earlier = opened(child, LocalDate.of(2025, 2, 3), "ehp.khan");
        opened(ChildId.newId(), LocalDate.of(2025, 1, 6), "ehp.jones");

        Page<EarlyHelpEpisode> all = inUnitOfWork(() -> episodes().ofChild(child, new Slice(1, 10)));
        assertEquals(List.of(earlier.id(), later.id()), all.items().stream().map(EarlyHelpEpisode::id).toList());
        assertEquals(2, all.total());
        Page<EarlyHelpEpisode> second = inUnitOfWork(() -> episodes().ofChild(child, new Slice(2, 1)));
        assertEquals(List.of(later.id()), second.items().stream().map(EarlyHelpEpisode::id).toList());
        assertEquals(2, second.total());
        Page<EarlyHelpEpisode> none = inUnitOfWork(() -> episodes().ofChild(ChildId.newId(), new Slice(1, 10)));
        assertEquals(0, none.total());
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        ChildId child = ChildId.newId();
        EarlyHelpEpisode episode = unstored(child, aRequestFor(child, LocalDate.of(2025, 6, 1)),
                LocalDate.of(2025, 6, 9), "ehp.jones");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            episodes().add(episode);
            throw new IllegalStateException("the use case failed after storing the episode");
        }));
        assertEquals(Optional.empty(), find(episode.id()));
        inUnitOfWork(() -> episodes().add(episode));
        assertEquals(Optional.of(episode.id()), find(episode.id()).map(EarlyHelpEpisode::id),
                "the request is free again: the rolled back episode left nothing behind");
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        EarlyHelpEpisode episode = opened(ChildId.newId(), LocalDate.of(2025, 6, 2), "ehp.jones");
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String name : List.of("hv.smith", "sn.brown")) {
            EarlyHelpEpisode after = joined(episode, name);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> episodes().update(after, episode.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        EarlyHelpEpisode read = find(episode.id()).orElseThrow();
        assertEquals(1, read.team().size(), "the refused change left nothing behind: " + read.team());
        assertEquals(episode.version() + 1, read.version());
    }
}
