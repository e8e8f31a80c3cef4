package org.cypf.governance.retention.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.domain.LegalHold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of legal holds must do (ADR 0037, ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL; an
 * integrator's store of the same holds runs it too.
 *
 * <p>The promises: a hold placed is read back whole by its id, and an id that names none finds nothing; the children
 * held are those with a hold in force, however many holds each has, and a child whose only hold is lifted is not
 * held; a lifting is stored only while the hold is in force, so of two liftings (one after the other, or at once) one
 * is stored and the other told it was not; the holds are read a page at a time, in force first, then by when placed,
 * and counted, with or without the lifted ones; what a unit of work placed is gone when it rolls back; and the lock
 * against anonymisation is held to the end of the unit of work that took it, so a second taker waits for it. Each test
 * starts on an empty store.
 */
public abstract class LegalHoldStoreContract {
    private static final Instant PLACED = Instant.parse("2025-06-02T09:00:00Z");
    private static final Anonymisation.Person PLACER = new Anonymisation.Person("dpo.khan", "council");
    private static final Anonymisation.Person LIFTER = new Anonymisation.Person("solicitor.ray", "council");

    /** Makes the store empty of holds; called before each test. */
    protected abstract void startEmpty();

    protected abstract LegalHoldStore holds();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    @BeforeEach
    void empty() {
        startEmpty();
    }

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private LegalHold placed(UUID child, int minutesLater) {
        LegalHold hold = LegalHold.placed(UUID.randomUUID(), child, "IICSA s.35 notice", "an inquiry asked",
                PLACER, PLACED.plusSeconds(60L * minutesLater));
        inUnitOfWork(() -> holds().add(hold));
        return hold;
    }

    private boolean lift(LegalHold hold, String why) {
        return inUnitOfWork(() -> holds().lifted(hold.lifted(LIFTER, PLACED.plusSeconds(86_400), why)));
    }

    private Optional<LegalHold> find(UUID id) {
        return inUnitOfWork(() -> holds().find(id));
    }

    private static List<UUID> ids(List<LegalHold> holds) {
        return holds.stream().map(LegalHold::id).toList();
    }

    @Test
    public void a_hold_placed_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        LegalHold hold = placed(UUID.randomUUID(), 0);
        assertEquals(Optional.of(hold), find(hold.id()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void the_children_held_are_those_with_a_hold_in_force() {
        UUID twice = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        UUID liftedOnly = UUID.randomUUID();
        LegalHold first = placed(twice, 0);
        placed(twice, 1);
        placed(once, 2);
        lift(placed(liftedOnly, 3), "the claim was settled");
        lift(first, "the inquiry reported");
        assertEquals(Set.of(twice, once), inUnitOfWork(() -> holds().heldChildren()));
    }

    @Test
    public void a_lifting_is_stored_once_and_a_second_is_told_it_was_not() {
        LegalHold hold = placed(UUID.randomUUID(), 0);
        assertTrue(lift(hold, "the inquiry reported"));
        assertEquals(false, lift(hold, "lifted twice"));
        LegalHold read = find(hold.id()).orElseThrow();
        assertEquals(List.of(LIFTER, PLACED.plusSeconds(86_400), "the inquiry reported", LegalHold.LIFTED),
                List.of(read.liftedBy(), read.liftedAt(), read.liftReason(), read.status()));
    }

    @Test
    public void holds_are_paged_in_force_first_then_by_when_placed_and_counted() {
        LegalHold a = placed(UUID.randomUUID(), 4);
        LegalHold b = placed(UUID.randomUUID(), 1);
        LegalHold c = placed(UUID.randomUUID(), 3);
        LegalHold d = placed(UUID.randomUUID(), 2);
        lift(b, "settled");
        lift(c, "settled");

        assertEquals(List.of(d.id(), a.id()), ids(inUnitOfWork(() -> holds().page(false, 0, 10))));
        assertEquals(List.of(d.id(), a.id(), b.id(), c.id()), ids(inUnitOfWork(() -> holds().page(true, 0, 10))));
        assertEquals(List.of(a.id(), b.id()), ids(inUnitOfWork(() -> holds().page(true, 1, 2))));
        assertEquals(List.of(), inUnitOfWork(() -> holds().page(true, 4, 2)));
        assertEquals(List.of(2L, 4L), List.of(inUnitOfWork(() -> holds().count(false)),
                inUnitOfWork(() -> holds().count(true))));
    }

    @Test
    public void what_a_unit_of_work_placed_is_gone_when_it_rolls_back() {
        UUID child = UUID.randomUUID();
        LegalHold hold = LegalHold.placed(UUID.randomUUID(), child, "a claim", "litigation in prospect", PLACER, PLACED);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            holds().add(hold);
            throw new IllegalStateException("the use case failed after placing the hold");
        }));
        assertEquals(Optional.empty(), find(hold.id()));
        assertEquals(Set.of(), inUnitOfWork(() -> holds().heldChildren()));
        assertEquals(0L, (long) inUnitOfWork(() -> holds().count(true)));
    }

    @Test
    public void two_liftings_at_once_store_one_and_tell_the_other_it_was_not() throws Exception {
        LegalHold hold = placed(UUID.randomUUID(), 0);
        List<Callable<Boolean>> liftings = new ArrayList<>();
        for (String why : List.of("the inquiry reported", "the claim was settled")) {
            liftings.add(() -> lift(hold, why));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(liftings)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one not: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(LegalHold.LIFTED, find(hold.id()).orElseThrow().status());
    }

    @Test
    public void the_lock_against_anonymisation_is_held_to_the_end_of_the_unit_of_work_that_took_it() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> inUnitOfWork(() -> {
                holds().lockAgainstAnonymisation();
                taken.countDown();
                sleep(400);
                firstEnded.set(true); // before the unit of work ends, so before the lock may be released
            }));
            assertTrue(taken.await(10, TimeUnit.SECONDS));
            Future<Boolean> second = pool.submit(() -> inUnitOfWork(() -> {
                holds().lockAgainstAnonymisation();
                return firstEnded.get();
            }));
            first.get(10, TimeUnit.SECONDS);
            assertTrue(second.get(10, TimeUnit.SECONDS), "the second took the lock while the first held it");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
