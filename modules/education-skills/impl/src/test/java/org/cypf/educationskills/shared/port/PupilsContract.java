package org.cypf.educationskills.shared.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.junit.jupiter.api.Test;

/**
 * What every store of pupils must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it on
 * PostgreSQL, the in-memory adapter passes it, and an integrator's store of the same pupils runs it too.
 *
 * <p>The promises: a pupil added is found by their UPN with the child id they were given, and a finding returns only
 * the UPNs asked for that are held, none for an empty question; a second pupil of a UPN held, or under a child id
 * held, is refused with {@link Conflict} and the first kept; what a unit of work added is gone when it rolls back;
 * the same UPN first seen by two units of work at once is added once, the other refused with {@link Conflict}. Each
 * test works on UPNs of its own, so tests sharing a store never meet.
 */
public abstract class PupilsContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();

    protected abstract Pupils pupils();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A UPN no test has used (its check letter the kernel's). */
    private static UniquePupilNumber aUpn() {
        return UniquePupilNumber.withCheckLetter(
                String.format("2060000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
    }

    private Map<UniquePupilNumber, Pupil> find(UniquePupilNumber... upns) {
        return inUnitOfWork(() -> pupils().find(List.of(upns)));
    }

    @Test
    public void a_pupil_added_is_found_by_their_upn_and_only_the_upns_asked_for_that_are_held() {
        Pupil pupil = Pupil.firstSeen(aUpn());
        Pupil other = Pupil.firstSeen(aUpn());
        UniquePupilNumber unknown = aUpn();
        inUnitOfWork(() -> {
            pupils().add(pupil);
            pupils().add(other);
        });
        assertEquals(Map.of(pupil.upn(), pupil), find(pupil.upn(), unknown));
        assertEquals(Map.of(pupil.upn(), pupil, other.upn(), other), find(pupil.upn(), other.upn()));
        assertEquals(Map.of(), find(), "an empty question has an empty answer");
    }

    @Test
    public void a_second_pupil_of_a_upn_or_a_child_id_held_is_refused_and_the_first_kept() {
        Pupil pupil = Pupil.firstSeen(aUpn());
        inUnitOfWork(() -> pupils().add(pupil));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> pupils().add(new Pupil(pupil.upn(), ChildId.newId()))));
        UniquePupilNumber sameChild = aUpn();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> pupils().add(new Pupil(sameChild, pupil.childId()))));
        assertEquals(Map.of(pupil.upn(), pupil), find(pupil.upn(), sameChild));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Pupil pupil = Pupil.firstSeen(aUpn());
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            pupils().add(pupil);
            assertEquals(Map.of(pupil.upn(), pupil), pupils().find(List.of(pupil.upn())), "seen by its own unit");
            throw new IllegalStateException("the import failed after adding the pupil");
        }));
        assertEquals(Map.of(), find(pupil.upn()));
        inUnitOfWork(() -> pupils().add(pupil)); // nothing left held to refuse it
    }

    @Test
    public void the_same_upn_first_seen_by_two_units_of_work_at_once_is_added_once() throws Exception {
        UniquePupilNumber upn = aUpn();
        List<Callable<Boolean>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Pupil seen = Pupil.firstSeen(upn);
            imports.add(() -> {
                try {
                    inUnitOfWork(() -> pupils().add(seen));
                    return true;
                } catch (Conflict refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> added = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(imports)) {
                added.add(f.get());
            }
            assertEquals(1, added.stream().filter(b -> b).count(), "one added, one refused: " + added);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, find(upn).size());
    }
}
