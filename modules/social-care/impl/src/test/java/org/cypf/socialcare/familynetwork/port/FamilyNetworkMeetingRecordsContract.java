package org.cypf.socialcare.familynetwork.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting.Outcome;
import org.cypf.socialcare.familynetwork.domain.FamilyNetworkMeeting.Type;
import org.junit.jupiter.api.Test;

/**
 * What every store of social care's family network meetings must do (ADR 0097, the record stores' suites): CYPF's
 * jOOQ adapter passes it on PostgreSQL and {@code InMemoryFamilyNetworkMeetings} passes it for fast tests.
 *
 * <p>The promises: a meeting added is found with every field; nothing is found by an id never added; a child's
 * meetings are read a page at a time, oldest first, with the child's total, and never another child's; meetings are
 * counted by the day held, both ends included; an update is stored only from the version it was read at, a stale one
 * is {@link StaleVersion} and changes nothing, and of several units of work amending the same version at once
 * exactly one wins; a second meeting under an id already used is refused and the first kept; what a unit of work
 * wrote is gone when it rolls back. The port runs in the caller's unit of work: {@link #inUnitOfWork} commits when
 * the work returns and rolls back when it throws.
 */
public abstract class FamilyNetworkMeetingRecordsContract {

    protected abstract FamilyNetworkMeetingRecords records();

    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child the store may keep meetings for (a database's foreign key needs the child's row). */
    protected abstract ChildId aChild();

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    private static FamilyNetworkMeeting meeting(ChildId child, LocalDate heldOn, Type type, Outcome outcome, long version) {
        return FamilyNetworkMeeting.rebuild(UUID.randomUUID(), child, heldOn, type, outcome, version);
    }

    private static FamilyNetworkMeeting amended(FamilyNetworkMeeting m, Outcome outcome) {
        return FamilyNetworkMeeting.rebuild(m.id(), m.childId(), m.heldOn(), m.type(), outcome, m.version() + 1);
    }

    /** A meeting's fields, to compare what was stored with what is read. */
    private record Fields(UUID id, ChildId child, LocalDate heldOn, Type type, Outcome outcome, long version) {
        static Fields of(FamilyNetworkMeeting m) {
            return new Fields(m.id(), m.childId(), m.heldOn(), m.type(), m.outcome(), m.version());
        }
    }

    private void add(FamilyNetworkMeeting m) {
        inUnitOfWork(() -> {
            records().add(m);
            return null;
        });
    }

    private Optional<Fields> find(UUID id) {
        return inUnitOfWork(() -> records().find(id).map(Fields::of));
    }

    @Test
    public void a_meeting_added_is_found_with_every_field() {
        var m = meeting(aChild(), DAY, Type.FAMILY_GROUP_CONFERENCE, Outcome.FAMILY_PLAN_AGREED, 0);
        add(m);
        assertEquals(Optional.of(Fields.of(m)), find(m.id()));
    }

    @Test
    public void nothing_is_found_by_an_id_never_added() {
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_childs_meetings_are_paged_oldest_first_with_the_childs_total_and_no_one_elses() {
        ChildId child = aChild();
        ChildId other = aChild();
        List<FamilyNetworkMeeting> held = new ArrayList<>();
        for (int days : new int[] {30, 0, 20, 10, 40}) {
            held.add(meeting(child, DAY.plusDays(days), Type.FAMILY_NETWORK_MEETING, Outcome.RECONVENE, 0));
        }
        held.forEach(this::add);
        add(meeting(other, DAY.plusDays(5), Type.FAMILY_NETWORK_MEETING, Outcome.NO_PLAN_MADE, 0));

        List<LocalDate> expected = held.stream().map(FamilyNetworkMeeting::heldOn).sorted().toList();
        Page<FamilyNetworkMeeting> first = inUnitOfWork(() -> records().forChild(child, new Slice(1, 2)));
        Page<FamilyNetworkMeeting> third = inUnitOfWork(() -> records().forChild(child, new Slice(3, 2)));

        assertEquals(5, first.total());
        assertEquals(expected.subList(0, 2), first.items().stream().map(FamilyNetworkMeeting::heldOn).toList());
        assertEquals(expected.subList(4, 5), third.items().stream().map(FamilyNetworkMeeting::heldOn).toList());
        assertEquals(5, third.total());
        assertEquals(List.of(child), first.items().stream().map(FamilyNetworkMeeting::childId).distinct().toList());
    }

    @Test
    public void meetings_are_counted_by_the_day_held_both_ends_included() {
        LocalDate from = LocalDate.of(2019, 4, 1);
        LocalDate to = LocalDate.of(2019, 4, 30);
        ChildId child = aChild();
        for (LocalDate day : List.of(from.minusDays(1), from, from.plusDays(14), to, to.plusDays(1))) {
            add(meeting(child, day, Type.FAMILY_NETWORK_MEETING, Outcome.FAMILY_PLAN_AGREED, 0));
        }
        assertEquals(3L, (long) inUnitOfWork(() -> records().countHeldBetween(from, to)));
    }

    @Test
    public void an_update_from_the_version_read_is_stored_and_a_stale_one_is_refused_changing_nothing() {
        var m = meeting(aChild(), DAY, Type.FAMILY_NETWORK_MEETING, Outcome.RECONVENE, 0);
        add(m);
        var agreed = amended(m, Outcome.FAMILY_PLAN_AGREED);
        inUnitOfWork(() -> {
            records().update(agreed, 0);
            return null;
        });
        assertEquals(Optional.of(Fields.of(agreed)), find(m.id()));

        var stale = amended(m, Outcome.NO_PLAN_MADE);
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> {
            records().update(stale, 0);
            return null;
        }));
        assertEquals(Optional.of(Fields.of(agreed)), find(m.id()), "the stale update changed nothing");
    }

    @Test
    public void of_several_units_of_work_amending_the_same_version_at_once_exactly_one_wins() throws Exception {
        var m = meeting(aChild(), DAY, Type.FAMILY_NETWORK_MEETING, Outcome.RECONVENE, 0);
        add(m);
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (Outcome outcome : List.of(Outcome.FAMILY_PLAN_AGREED, Outcome.FAMILY_PLAN_NOT_AGREED,
                    Outcome.NO_PLAN_MADE, Outcome.FAMILY_PLAN_AGREED)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        inUnitOfWork(() -> {
                            records().update(amended(m, outcome), 0);
                            return null;
                        });
                        return true;
                    } catch (StaleVersion lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one amendment of version 0 is stored");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, find(m.id()).orElseThrow().version());
    }

    @Test
    public void a_second_meeting_under_an_id_already_used_is_refused_and_the_first_kept() {
        var m = meeting(aChild(), DAY, Type.FAMILY_NETWORK_MEETING, Outcome.RECONVENE, 0);
        add(m);
        var again = FamilyNetworkMeeting.rebuild(m.id(), m.childId(), DAY.plusDays(1), Type.FAMILY_GROUP_CONFERENCE,
                Outcome.FAMILY_PLAN_AGREED, 0);
        assertThrows(RuntimeException.class, () -> add(again));
        assertEquals(Optional.of(Fields.of(m)), find(m.id()));
    }

    @Test
    public void what_a_unit_of_work_wrote_is_gone_when_it_rolls_back() {
        var m = meeting(aChild(), DAY, Type.FAMILY_NETWORK_MEETING, Outcome.RECONVENE, 0);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().add(m);
            assertEquals(Optional.of(Fields.of(m)), records().find(m.id()).map(Fields::of), "read its own write");
            throw new IllegalStateException("the use case failed after storing the meeting");
        }));
        assertEquals(Optional.empty(), find(m.id()));
    }
}
