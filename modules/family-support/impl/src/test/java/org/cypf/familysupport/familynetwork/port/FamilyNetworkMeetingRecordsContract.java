package org.cypf.familysupport.familynetwork.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.familysupport.familynetwork.domain.FamilyNetworkMeeting.Attendee;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of family support's family network meetings must do (ADR 0097, the record stores' suites): CYPF's
 * jOOQ adapter passes it on PostgreSQL and {@code InMemoryFamilyNetworkMeetings} passes it for fast tests; an
 * integrator's store of the same meetings runs it too.
 *
 * <p>The promises: a meeting offered is read back whole by its id (its child, episode, type, day offered, version,
 * no one attending yet), and an id that names none finds nothing; a second meeting under an id already held is refused
 * with {@link Conflict} and the first kept; a meeting declined, or held with who attended (in the order given) and the
 * family's plan, is stored only from the version it was made from, one from a stale version refused with
 * {@link StaleVersion} storing nothing; an episode's meetings, and a child's in every episode, are listed oldest
 * offered first (then by id), a page at a time by offset and size, and counted whatever the page; what a unit of work
 * added is gone when it rolls back; two changes made at once from one version store one and refuse the other. Each
 * test works on children and episodes of its own, so tests sharing a store never meet.
 */
public abstract class FamilyNetworkMeetingRecordsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final LocalDate OPENED = LocalDate.of(2025, 6, 2);

    protected abstract FamilyNetworkMeetingRecords meetings();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Holds an early help episode of {@code child} opened on {@code openedOn}, which meetings then name; its id. */
    protected abstract UUID anEpisodeOf(ChildId child, LocalDate openedOn);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static FamilyNetworkMeeting unstored(UUID id, ChildId child, UUID episode, LocalDate offeredOn,
                                                 FamilyNetworkMeeting.Type type) {
        return FamilyNetworkMeeting.offered(id, child, episode, OPENED, offeredOn, type.name(), TODAY).after();
    }

    private FamilyNetworkMeeting offered(ChildId child, UUID episode, LocalDate offeredOn) {
        FamilyNetworkMeeting meeting = unstored(UUID.randomUUID(), child, episode, offeredOn,
                FamilyNetworkMeeting.Type.FAMILY_NETWORK_MEETING);
        inUnitOfWork(() -> meetings().add(meeting));
        return meeting;
    }

    private FamilyNetworkMeeting offered(ChildId child) {
        return offered(child, anEpisodeOf(child, OPENED), OPENED.plusDays(7));
    }

    private static FamilyNetworkMeeting held(FamilyNetworkMeeting before, String plan, Attendee... who) {
        return before.hold(before.offeredOn().plusDays(14), Arrays.asList(who), plan, TODAY).after();
    }

    private Optional<FamilyNetworkMeeting> find(UUID id) {
        return inUnitOfWork(() -> meetings().find(id));
    }

    private static List<UUID> ids(List<FamilyNetworkMeeting> meetings) {
        return meetings.stream().map(FamilyNetworkMeeting::id).toList();
    }

    /** Ids in the order a list promises for meetings offered on one day: by id, as a uuid's text orders. */
    private static List<UUID> byId(FamilyNetworkMeeting... meetings) {
        return Arrays.stream(meetings).map(FamilyNetworkMeeting::id).sorted((a, b) -> a.toString()
                .compareTo(b.toString())).toList();
    }

    @Test
    public void a_meeting_offered_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = ChildId.newId();
        UUID episode = anEpisodeOf(child, OPENED);
        FamilyNetworkMeeting meeting = unstored(UUID.randomUUID(), child, episode, OPENED.plusDays(3),
                FamilyNetworkMeeting.Type.FAMILY_GROUP_CONFERENCE);
        inUnitOfWork(() -> meetings().add(meeting));

        FamilyNetworkMeeting read = find(meeting.id()).orElseThrow();
        assertEquals(Arrays.asList(child, episode, FamilyNetworkMeeting.Type.FAMILY_GROUP_CONFERENCE,
                        OPENED.plusDays(3), null, null, List.of(), null, 0L),
                Arrays.asList(read.childId(), read.episodeId(), read.type(), read.offeredOn(), read.declinedOn(),
                        read.heldOn(), read.attendees(), read.familyPlan(), read.version()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_second_meeting_under_an_id_already_held_is_refused_and_the_first_kept() {
        ChildId child = ChildId.newId();
        UUID episode = anEpisodeOf(child, OPENED);
        FamilyNetworkMeeting first = offered(child, episode, OPENED.plusDays(3));
        FamilyNetworkMeeting again = unstored(first.id(), child, episode, OPENED.plusDays(9),
                FamilyNetworkMeeting.Type.FAMILY_GROUP_CONFERENCE);

        assertThrows(Conflict.class, () -> inUnitOfWork(() -> meetings().add(again)));
        FamilyNetworkMeeting kept = find(first.id()).orElseThrow();
        assertEquals(List.of(OPENED.plusDays(3), FamilyNetworkMeeting.Type.FAMILY_NETWORK_MEETING),
                List.of(kept.offeredOn(), kept.type()));
        assertEquals(1, inUnitOfWork(() -> meetings().countForEpisode(episode)));
    }

    @Test
    public void a_meeting_held_is_stored_with_who_attended_in_order_and_the_plan_from_its_version() {
        FamilyNetworkMeeting meeting = offered(ChildId.newId());
        FamilyNetworkMeeting after = held(meeting, "Nan collects the children on Tuesdays and Thursdays",
                new Attendee("Jo Bloggs", "mother"), new Attendee("Pat Bloggs", "grandmother"),
                new Attendee("Sam Lee", "family friend"));
        inUnitOfWork(() -> meetings().update(after, meeting.version()));

        FamilyNetworkMeeting read = find(meeting.id()).orElseThrow();
        assertEquals(after.heldOn(), read.heldOn());
        assertEquals(List.of(new Attendee("Jo Bloggs", "mother"), new Attendee("Pat Bloggs", "grandmother"),
                new Attendee("Sam Lee", "family friend")), read.attendees());
        assertEquals("Nan collects the children on Tuesdays and Thursdays", read.familyPlan());
        assertEquals(meeting.version() + 1, read.version());
    }

    @Test
    public void a_meeting_declined_is_stored_and_a_change_from_a_stale_version_stores_nothing() {
        FamilyNetworkMeeting meeting = offered(ChildId.newId());
        FamilyNetworkMeeting declined = meeting.decline(meeting.offeredOn().plusDays(2), TODAY).after();
        inUnitOfWork(() -> meetings().update(declined, meeting.version()));
        assertEquals(declined.declinedOn(), find(meeting.id()).orElseThrow().declinedOn());

        FamilyNetworkMeeting stale = held(meeting, "a plan made from the offer as it was",
                new Attendee("Jo Bloggs", "mother"));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> meetings().update(stale, meeting.version())));
        FamilyNetworkMeeting still = find(meeting.id()).orElseThrow();
        assertEquals(Arrays.asList(declined.declinedOn(), null, List.of(), null, declined.version()),
                Arrays.asList(still.declinedOn(), still.heldOn(), still.attendees(), still.familyPlan(),
                        still.version()), "the stale change stored no one attending and no plan");
    }

    @Test
    public void an_episodes_meetings_are_listed_oldest_offered_first_a_page_at_a_time_and_counted() {
        ChildId child = ChildId.newId();
        UUID episode = anEpisodeOf(child, OPENED);
        FamilyNetworkMeeting latest = offered(child, episode, OPENED.plusDays(30));
        FamilyNetworkMeeting sameDayOne = offered(child, episode, OPENED.plusDays(10));
        FamilyNetworkMeeting earliest = offered(child, episode, OPENED.plusDays(1));
        FamilyNetworkMeeting sameDayTwo = offered(child, episode, OPENED.plusDays(10));
        ChildId other = ChildId.newId();
        offered(other, anEpisodeOf(other, OPENED), OPENED.plusDays(2)); // another family's episode

        List<UUID> expected = new ArrayList<>();
        expected.add(earliest.id());
        expected.addAll(byId(sameDayOne, sameDayTwo));
        expected.add(latest.id());
        assertEquals(expected, ids(inUnitOfWork(() -> meetings().forEpisode(episode, 0, 10))));
        assertEquals(expected.subList(2, 4), ids(inUnitOfWork(() -> meetings().forEpisode(episode, 2, 2))));
        assertEquals(List.of(), inUnitOfWork(() -> meetings().forEpisode(episode, 4, 2)), "past the last page");
        assertEquals(4, inUnitOfWork(() -> meetings().countForEpisode(episode)));
        assertEquals(0, inUnitOfWork(() -> meetings().countForEpisode(UUID.randomUUID())));
    }

    @Test
    public void a_childs_meetings_in_every_episode_are_listed_oldest_offered_first_a_page_at_a_time_and_counted() {
        ChildId child = ChildId.newId();
        UUID first = anEpisodeOf(child, OPENED);
        UUID second = anEpisodeOf(child, OPENED.plusMonths(6));
        FamilyNetworkMeeting later = offered(child, second, OPENED.plusMonths(6).plusDays(1));
        FamilyNetworkMeeting earlier = offered(child, first, OPENED.plusDays(5));
        ChildId sibling = ChildId.newId();
        offered(sibling, anEpisodeOf(sibling, OPENED), OPENED.plusDays(3)); // not this child's

        assertEquals(List.of(earlier.id(), later.id()), ids(inUnitOfWork(() -> meetings().forChild(child, 0, 10))));
        assertEquals(List.of(later.id()), ids(inUnitOfWork(() -> meetings().forChild(child, 1, 1))));
        assertEquals(2, inUnitOfWork(() -> meetings().countForChild(child)));
        assertEquals(0, inUnitOfWork(() -> meetings().countForChild(ChildId.newId())));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = ChildId.newId();
        UUID episode = anEpisodeOf(child, OPENED);
        FamilyNetworkMeeting meeting = unstored(UUID.randomUUID(), child, episode, OPENED.plusDays(3),
                FamilyNetworkMeeting.Type.FAMILY_NETWORK_MEETING);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            meetings().add(meeting);
            throw new IllegalStateException("the use case failed after offering the meeting");
        }));
        assertEquals(Optional.empty(), find(meeting.id()));
        assertEquals(0, inUnitOfWork(() -> meetings().countForEpisode(episode)));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        FamilyNetworkMeeting meeting = offered(ChildId.newId());
        List<FamilyNetworkMeeting> changes = List.of(
                held(meeting, "the plan of the first", new Attendee("Jo Bloggs", "mother")),
                meeting.decline(meeting.offeredOn().plusDays(1), TODAY).after());
        List<Callable<Boolean>> both = new ArrayList<>();
        for (FamilyNetworkMeeting after : changes) {
            both.add(() -> {
                try {
                    inUnitOfWork(() -> meetings().update(after, meeting.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(both)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        FamilyNetworkMeeting read = find(meeting.id()).orElseThrow();
        assertEquals(meeting.version() + 1, read.version());
        assertEquals(1, (read.heldOn() == null ? 0 : 1) + (read.declinedOn() == null ? 0 : 1),
                "held or declined, never both");
    }
}
