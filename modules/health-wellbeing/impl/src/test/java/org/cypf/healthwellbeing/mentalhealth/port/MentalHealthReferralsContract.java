package org.cypf.healthwellbeing.mentalhealth.port;

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
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals.Waits;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of mental health referrals must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same referrals runs it too.
 *
 * <p>The promises: a referral added is read back whole by its id, and an id that names none finds nothing; adding an
 * id already held is refused with {@link Conflict} and leaves the held referral as it was; contacts
 * and outcome scores recorded since a version are stored with the change, contacts by day and scores in the order
 * recorded, and a change from a stale version is refused with {@link StaleVersion} storing nothing; the referrals
 * received are those of the source and days asked (either end open) of the children the scope gives, oldest first, a
 * part at a time, counted by the same condition; the first contacts between two days are counted with their waits;
 * what a unit of work added is gone when it rolls back; two changes made at once from one version store one and refuse
 * the other. Each test works on children of its own, and counts a year of its own.
 */
public abstract class MentalHealthReferralsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract MentalHealthReferrals referrals();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static MentalHealthReferral unstored(ChildId child, LocalDate on, String source) {
        return MentalHealthReferral.receive(UUID.randomUUID(), child, on, source, TODAY).after();
    }

    private MentalHealthReferral received(ChildId child, LocalDate on, String source) {
        MentalHealthReferral referral = unstored(child, on, source);
        inUnitOfWork(() -> referrals().add(referral));
        return referral;
    }

    private MentalHealthReferral stored(MentalHealthReferral before, MentalHealthReferral after) {
        inUnitOfWork(() -> referrals().update(after, before.version()));
        return after;
    }

    private Optional<MentalHealthReferral> find(UUID id) {
        return inUnitOfWork(() -> referrals().find(id));
    }

    private List<UUID> received(String source, LocalDate from, LocalDate to, List<ChildId> children, long offset,
                                int limit) {
        return inUnitOfWork(() -> referrals().received(source, from, to, ListScope.only(children), offset, limit))
                .stream().map(MentalHealthReferral::id).toList();
    }

    @Test
    public void a_referral_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = ChildId.newId();
        MentalHealthReferral referral = received(child, LocalDate.of(2025, 3, 3), "2A");
        MentalHealthReferral read = find(referral.id()).orElseThrow();
        assertEquals(List.of(child, LocalDate.of(2025, 3, 3), "2A", List.of(), List.of(), 0L),
                List.of(read.childId(), read.receivedOn(), read.source(), read.contacts(), read.scores(),
                        read.version()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void adding_an_id_already_held_is_refused_and_leaves_the_held_referral_as_it_was() {
        MentalHealthReferral held = received(ChildId.newId(), LocalDate.of(2025, 3, 3), "2A");
        MentalHealthReferral again = MentalHealthReferral.receive(held.id(), ChildId.newId(), LocalDate.of(2025, 4, 1),
                "1A", TODAY).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> referrals().add(again)));
        MentalHealthReferral read = find(held.id()).orElseThrow();
        assertEquals(List.of(held.childId(), held.receivedOn(), held.source()),
                List.of(read.childId(), read.receivedOn(), read.source()));
    }

    @Test
    public void contacts_and_scores_are_stored_with_a_change_and_one_from_a_stale_version_stores_nothing() {
        MentalHealthReferral referral = received(ChildId.newId(), LocalDate.of(2025, 3, 3), "1A");
        MentalHealthReferral contacted = stored(referral, referral.recordContact(LocalDate.of(2025, 4, 7), TODAY)
                .after());
        MentalHealthReferral earlier = stored(contacted, contacted.recordContact(LocalDate.of(2025, 3, 20), TODAY)
                .after());
        MentalHealthReferral scored = stored(earlier, earlier.recordScore("SDQ", LocalDate.of(2025, 4, 7), 18, TODAY)
                .after());
        MentalHealthReferral rescored = stored(scored, scored.recordScore("YP-CORE", LocalDate.of(2025, 3, 20), 22,
                TODAY).after());
        MentalHealthReferral read = find(referral.id()).orElseThrow();
        assertEquals(List.of(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 7)), read.contacts());
        assertEquals(List.of(new MentalHealthReferral.Score("SDQ", LocalDate.of(2025, 4, 7), 18),
                new MentalHealthReferral.Score("YP-CORE", LocalDate.of(2025, 3, 20), 22)), read.scores(),
                "in the order recorded");
        assertEquals(rescored.version(), read.version());

        MentalHealthReferral stale = scored.recordContact(LocalDate.of(2025, 5, 1), TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> referrals().update(stale, scored.version())));
        assertEquals(2, find(referral.id()).orElseThrow().contacts().size(), "the stale change stored no contact");
    }

    @Test
    public void the_referrals_received_are_by_source_and_days_among_the_scopes_children_oldest_first() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId unseen = ChildId.newId();
        MentalHealthReferral march = received(one, LocalDate.of(2025, 3, 3), "2A");
        MentalHealthReferral january = received(two, LocalDate.of(2025, 1, 6), "2A");
        MentalHealthReferral may = received(two, LocalDate.of(2025, 5, 5), "1A");
        MentalHealthReferral april = received(one, LocalDate.of(2025, 4, 1), "2A");
        received(unseen, LocalDate.of(2025, 2, 3), "2A");
        List<ChildId> mine = List.of(one, two);

        assertEquals(List.of(january.id(), march.id(), april.id(), may.id()), received(null, null, null, mine, 0, 10));
        assertEquals(4, inUnitOfWork(() -> referrals().countReceived(null, null, null, ListScope.only(mine))));
        assertEquals(List.of(january.id(), march.id(), april.id()), received("2A", null, null, mine, 0, 10));
        assertEquals(List.of(march.id(), april.id()), received(null, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 4, 1), mine, 0, 10), "both days included");
        assertEquals(List.of(april.id(), may.id()), received(null, LocalDate.of(2025, 3, 4), null, mine, 0, 10));
        assertEquals(2, inUnitOfWork(() -> referrals().countReceived("2A", null, LocalDate.of(2025, 3, 31),
                ListScope.only(mine))));
        assertEquals(List.of(march.id(), april.id()), received(null, null, null, mine, 1, 2), "a part at a time");
    }

    @Test
    public void first_contacts_between_two_days_are_counted_with_their_waits() {
        LocalDate from = LocalDate.of(2019, 4, 1);
        LocalDate to = LocalDate.of(2019, 6, 30);
        MentalHealthReferral a = received(ChildId.newId(), LocalDate.of(2019, 3, 1), "1A");
        a = stored(a, a.recordContact(from, TODAY).after()); // 31 days
        stored(a, a.recordContact(LocalDate.of(2019, 5, 1), TODAY).after()); // a later contact: not a first
        MentalHealthReferral b = received(ChildId.newId(), LocalDate.of(2019, 6, 20), "1A");
        stored(b, b.recordContact(to, TODAY).after()); // 10 days
        MentalHealthReferral before = received(ChildId.newId(), LocalDate.of(2019, 3, 1), "1A");
        stored(before, before.recordContact(from.minusDays(1), TODAY).after());
        received(ChildId.newId(), LocalDate.of(2019, 4, 2), "1A"); // not yet seen

        assertEquals(new Waits(2, 41), inUnitOfWork(() -> referrals().firstContactsBetween(from, to)));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        MentalHealthReferral referral = unstored(ChildId.newId(), LocalDate.of(2025, 3, 3), "1A");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            referrals().add(referral);
            throw new IllegalStateException("the use case failed after adding the referral");
        }));
        assertEquals(Optional.empty(), find(referral.id()));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        MentalHealthReferral referral = received(ChildId.newId(), LocalDate.of(2025, 3, 3), "1A");
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11))) {
            MentalHealthReferral after = referral.recordContact(on, TODAY).after();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> referrals().update(after, referral.version()));
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
        MentalHealthReferral read = find(referral.id()).orElseThrow();
        assertEquals(List.of(referral.version() + 1, 1), List.of(read.version(), read.contacts().size()));
    }
}
