package org.cypf.educationskills.exclusions.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of pupils' suspensions and exclusions must do (ADR 0097, the record stores' suites): CYPF's jOOQ
 * adapter passes it on PostgreSQL; an integrator's store of the same records runs it too.
 *
 * <p>The promises: an exclusion added is read back whole by its pupil's UPN, and a reading returns only the pupils
 * asked for, none for an empty question; the same exclusion (pupil, school, category, start date), or one under an id
 * held, added again is refused with {@link Conflict} and the first kept, so an import never holds it twice; replacing changes the reason and the sessions of the
 * exclusion held under the id, and nothing else; the URNs no setting holds are named; one pupil's exclusions are read
 * latest first, a page at a time, with their count; what a unit of work added is gone when it rolls back; the same
 * exclusion added by two units of work at once is kept once, the other refused with {@link Conflict}. Each test works on pupils of its own, so tests sharing a
 * store never meet.
 */
public abstract class ExclusionRecordsContract {

    protected abstract ExclusionRecords exclusions();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first (education's exclusions name a pupil it holds). */
    protected void registerPupil(UniquePupilNumber upn) {}

    /**
     * Makes a setting of this URN known where the store needs it (education's exclusions name a setting it holds);
     * called before each test, so registering a setting already held must change nothing.
     */
    protected void registerSetting(int urn) {}

    private static final AtomicInteger SERIALS = new AtomicInteger();
    /** Settings the suite registers: a block no real school of the fixtures uses. */
    private static final int SCHOOL = 910_001;
    private static final int OTHER_SCHOOL = 910_002;

    @BeforeEach
    public final void settingsHeld() {
        registerSetting(SCHOOL);
        registerSetting(OTHER_SCHOOL);
    }

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A fresh pupil with a valid UPN (its check letter the kernel's). */
    private UniquePupilNumber aPupil() {
        String body = String.format("2080000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000);
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(body);
        registerPupil(upn);
        return upn;
    }

    private static Exclusion suspension(UniquePupilNumber upn, int urn, LocalDate on, int sessions) {
        return new Exclusion(UUID.randomUUID(), upn, urn, ExclusionCategory.SUSPENSION, "PP", on, sessions);
    }

    private void add(Exclusion... added) {
        inUnitOfWork(() -> List.of(added).forEach(exclusions()::add));
    }

    private List<Exclusion> ofPupils(UniquePupilNumber... upns) {
        return inUnitOfWork(() -> exclusions().ofPupils(List.of(upns)));
    }

    @Test
    public void an_exclusion_added_is_read_back_whole_by_its_pupil_and_only_the_pupils_asked_for() {
        UniquePupilNumber pupil = aPupil();
        UniquePupilNumber other = aPupil();
        Exclusion suspended = suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), 3);
        Exclusion excluded = new Exclusion(UUID.randomUUID(), pupil, OTHER_SCHOOL, ExclusionCategory.PERMANENT, "PA",
                LocalDate.of(2025, 2, 3), null);
        add(suspended, excluded, suspension(other, SCHOOL, LocalDate.of(2024, 11, 4), 1));

        assertEquals(Set.of(suspended, excluded), new HashSet<>(ofPupils(pupil)));
        assertEquals(3, ofPupils(pupil, other).size());
        assertEquals(List.of(), ofPupils(), "an empty question has an empty answer");
    }

    @Test
    public void the_same_exclusion_added_again_is_refused_and_the_first_kept() {
        UniquePupilNumber pupil = aPupil();
        Exclusion first = suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), 3);
        add(first);
        Exclusion again = suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), 5);
        assertThrows(Conflict.class, () -> add(again));
        Exclusion sameId = new Exclusion(first.exclusionId(), pupil, OTHER_SCHOOL, ExclusionCategory.SUSPENSION, "VP",
                LocalDate.of(2024, 12, 2), 1);
        assertThrows(Conflict.class, () -> add(sameId));
        assertEquals(List.of(first), ofPupils(pupil));
    }

    @Test
    public void replacing_changes_the_reason_and_sessions_of_the_exclusion_held_under_the_id_and_nothing_else() {
        UniquePupilNumber pupil = aPupil();
        Exclusion held = suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), 3);
        add(held);
        Exclusion corrected = new Exclusion(held.exclusionId(), pupil, OTHER_SCHOOL, ExclusionCategory.SUSPENSION,
                "VP", held.startDate().plusDays(1), 4);
        inUnitOfWork(() -> exclusions().replace(corrected));
        assertEquals(List.of(new Exclusion(held.exclusionId(), pupil, SCHOOL, ExclusionCategory.SUSPENSION, "VP",
                held.startDate(), 4)), ofPupils(pupil), "the school and start date are the exclusion's own");
    }

    @Test
    public void the_urns_no_setting_holds_are_named() {
        assertEquals(Set.of(999_990), inUnitOfWork(() -> exclusions().unknownSettings(List.of(SCHOOL, 999_990))));
        assertEquals(Set.of(), inUnitOfWork(() -> exclusions().unknownSettings(List.of())));
    }

    @Test
    public void one_pupils_exclusions_are_read_latest_first_a_page_at_a_time_with_their_count() {
        UniquePupilNumber pupil = aPupil();
        List<Exclusion> added = new ArrayList<>();
        for (int month = 9; month <= 12; month++) {
            added.add(suspension(pupil, SCHOOL, LocalDate.of(2024, month, 2), month - 8));
        }
        add(added.toArray(Exclusion[]::new));
        add(suspension(aPupil(), SCHOOL, LocalDate.of(2024, 12, 20), 1));

        assertEquals(List.of(added.get(3), added.get(2)), inUnitOfWork(() -> exclusions().ofPupil(pupil, 0, 2)));
        assertEquals(List.of(added.get(1), added.get(0)), inUnitOfWork(() -> exclusions().ofPupil(pupil, 2, 2)));
        assertEquals(List.of(), inUnitOfWork(() -> exclusions().ofPupil(pupil, 4, 2)));
        assertEquals(4L, (long) inUnitOfWork(() -> exclusions().countOfPupil(pupil)));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        UniquePupilNumber pupil = aPupil();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            exclusions().add(suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), 3));
            throw new IllegalStateException("the import failed after adding the row");
        }));
        assertEquals(List.of(), ofPupils(pupil));
        assertEquals(0L, (long) inUnitOfWork(() -> exclusions().countOfPupil(pupil)));
    }

    @Test
    public void the_same_exclusion_added_by_two_units_of_work_at_once_is_kept_once() throws Exception {
        UniquePupilNumber pupil = aPupil();
        List<Callable<Boolean>> imports = new ArrayList<>();
        for (int sessions : List.of(2, 6)) {
            Exclusion one = suspension(pupil, SCHOOL, LocalDate.of(2024, 11, 4), sessions);
            imports.add(() -> {
                try {
                    add(one);
                    return true;
                } catch (Conflict refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> kept = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(imports)) {
                kept.add(f.get());
            }
            assertEquals(1, kept.stream().filter(b -> b).count(), "one kept, one refused: " + kept);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ofPupils(pupil).size());
    }
}
