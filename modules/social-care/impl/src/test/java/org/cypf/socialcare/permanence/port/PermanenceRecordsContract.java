package org.cypf.socialcare.permanence.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.domain.Permanence.Adoption;
import org.cypf.socialcare.permanence.domain.Permanence.PlanDecision;
import org.cypf.socialcare.permanence.domain.Permanence.PreviousPermanence;
import org.cypf.socialcare.permanence.domain.PermanenceOption;
import org.junit.jupiter.api.Test;

/**
 * What every store of permanence records (one per period of care) must do (ADR 0097, the record stores' suites): CYPF's
 * jOOQ adapter passes it on PostgreSQL; an integrator's store of the same records runs it too.
 *
 * <p>The promises: a period's first record is stored from version 0 and read back whole (its plans by the day they were
 * decided, the previous permanence order, the adoption steps), and a period with none finds nothing; several periods'
 * records are read in one reading, keyed by period, only those asked for and held; a change is stored whole (plans
 * replaced by the change's own, a previous order or adoption step taken away is gone) only from the version it was made
 * from, one from a stale version (a second first record, or a change of a record never stored, among them) refused with
 * {@link StaleVersion} and storing nothing; what a unit of work stored is gone when it rolls back; of two first records
 * stored at once, and of two changes made at once from one version, one is stored and the other refused. Each test
 * works on periods of its own.
 */
public abstract class PermanenceRecordsContract {
    private static final Adoption MATCHED = new Adoption(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 1), true, 2,
            "MF", "L11", null, null);
    private static final PreviousPermanence SGO = new PreviousPermanence("P2", "E09000033", LocalDate.of(2020, 4, 1));

    protected abstract PermanenceRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child and a period of care of theirs the store knows, open since 1 January 2024, and gives it. */
    protected abstract PeriodOfCare aPeriodOfCare();

    private static Permanence record(PeriodOfCare period, List<PlanDecision> plans, PreviousPermanence previous,
                                     Adoption adoption, long version) {
        return Permanence.rebuild(period.id(), period.childId(), plans, previous, adoption, version);
    }

    private static PlanDecision plan(LocalDate on, PermanenceOption option) {
        return new PlanDecision(on, option);
    }

    private void store(Permanence after, long expected) {
        inUnitOfWork(() -> {
            records().update(after, expected);
            return null;
        });
    }

    private static List<Object> whole(Permanence p) {
        return Arrays.asList(p.periodId(), p.childId(), p.plans(), p.previous(), p.adoption(), p.version());
    }

    private Optional<List<Object>> find(UUID periodId) {
        return inUnitOfWork(() -> records().find(periodId)).map(PermanenceRecordsContract::whole);
    }

    /** Runs the writes at once, each in a unit of work of its own; gives how many were stored ({@code true}). */
    private static long storedOf(List<Callable<Boolean>> writes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(writes)) {
                stored.add(f.get());
            }
            return stored.stream().filter(b -> b).count();
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> storing(Permanence after, long expected) {
        return () -> {
            try {
                store(after, expected);
                return true;
            } catch (StaleVersion e) {
                return false;
            }
        };
    }

    @Test
    public void a_first_record_is_stored_from_version_0_and_read_back_whole_and_a_period_with_none_finds_nothing() {
        PeriodOfCare period = aPeriodOfCare();
        Permanence first = record(period, List.of(plan(LocalDate.of(2024, 9, 1), PermanenceOption.ADOPTION),
                plan(LocalDate.of(2024, 3, 1), PermanenceOption.REUNIFICATION)), SGO, MATCHED, 1);
        store(first, 0);
        assertEquals(Optional.of(whole(first)), find(period.id()));
        assertEquals(List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1)),
                inUnitOfWork(() -> records().find(period.id())).orElseThrow().plans().stream()
                        .map(PlanDecision::decidedOn).toList());
        PeriodOfCare none = aPeriodOfCare();
        Permanence empty = record(none, List.of(), null, Adoption.NONE, 1);
        store(empty, 0);
        assertEquals(List.of(Optional.of(whole(empty)), Optional.empty()),
                List.of(find(none.id()), find(aPeriodOfCare().id())));
    }

    @Test
    public void several_periods_records_are_read_at_once_keyed_by_period_only_those_asked_for_and_held() {
        PeriodOfCare a = aPeriodOfCare();
        PeriodOfCare b = aPeriodOfCare();
        PeriodOfCare notAsked = aPeriodOfCare();
        PeriodOfCare none = aPeriodOfCare();
        Permanence as = record(a, List.of(plan(LocalDate.of(2024, 3, 1), PermanenceOption.ADOPTION)), null,
                Adoption.NONE, 1);
        Permanence bs = record(b, List.of(), SGO, MATCHED, 1);
        store(as, 0);
        store(bs, 0);
        store(record(notAsked, List.of(), SGO, Adoption.NONE, 1), 0);
        Map<UUID, Permanence> read = inUnitOfWork(() -> records().findAll(List.of(a.id(), b.id(), none.id())));
        assertEquals(Map.of(a.id(), whole(as), b.id(), whole(bs)),
                Map.of(a.id(), whole(read.get(a.id())), b.id(), whole(read.get(b.id()))));
        assertEquals(2, read.size());
        assertEquals(Map.of(), inUnitOfWork(() -> records().findAll(List.of())));
    }

    @Test
    public void a_change_is_stored_whole_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        PeriodOfCare period = aPeriodOfCare();
        store(record(period, List.of(plan(LocalDate.of(2024, 3, 1), PermanenceOption.REUNIFICATION)), SGO, MATCHED,
                1), 0);
        Permanence changed = record(period, List.of(plan(LocalDate.of(2024, 6, 1), PermanenceOption.LONG_TERM_FOSTERING),
                plan(LocalDate.of(2024, 10, 1), PermanenceOption.SPECIAL_GUARDIANSHIP)), null, Adoption.NONE, 2);
        store(changed, 1);
        assertEquals(Optional.of(whole(changed)), find(period.id()));

        assertThrows(StaleVersion.class, () -> store(record(period, List.of(), SGO, MATCHED, 2), 1));
        assertThrows(StaleVersion.class, () -> store(record(period, List.of(), SGO, MATCHED, 1), 0));
        assertEquals(Optional.of(whole(changed)), find(period.id()));
        PeriodOfCare none = aPeriodOfCare();
        assertThrows(StaleVersion.class, () -> store(record(none, List.of(), SGO, MATCHED, 2), 1));
        assertEquals(Optional.empty(), find(none.id()));
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        PeriodOfCare period = aPeriodOfCare();
        Permanence first = record(period, List.of(plan(LocalDate.of(2024, 3, 1), PermanenceOption.ADOPTION)), SGO,
                MATCHED, 1);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().update(first, 0);
            throw new IllegalStateException("the use case failed after storing the record");
        }));
        assertEquals(Optional.empty(), find(period.id()));
        store(first, 0); // nothing left at version 1 to refuse it
    }

    @Test
    public void of_two_first_records_stored_at_once_one_is_stored_and_the_other_refused() throws Exception {
        PeriodOfCare period = aPeriodOfCare();
        assertEquals(1, storedOf(List.of(
                storing(record(period, List.of(plan(LocalDate.of(2024, 3, 1), PermanenceOption.ADOPTION)), null,
                        Adoption.NONE, 1), 0),
                storing(record(period, List.of(plan(LocalDate.of(2024, 3, 2), PermanenceOption.REUNIFICATION)), null,
                        Adoption.NONE, 1), 0))), "one stored, one refused");
        assertEquals(1, inUnitOfWork(() -> records().find(period.id())).orElseThrow().plans().size());
    }

    @Test
    public void of_two_changes_made_at_once_from_one_version_one_is_stored_and_the_other_refused() throws Exception {
        PeriodOfCare period = aPeriodOfCare();
        store(record(period, List.of(), null, Adoption.NONE, 1), 0);
        assertEquals(1, storedOf(List.of(
                storing(record(period, List.of(plan(LocalDate.of(2024, 3, 1), PermanenceOption.ADOPTION)), null,
                        Adoption.NONE, 2), 1),
                storing(record(period, List.of(plan(LocalDate.of(2024, 3, 2), PermanenceOption.REUNIFICATION)), null,
                        Adoption.NONE, 2), 1))), "one stored, one refused");
        Permanence read = inUnitOfWork(() -> records().find(period.id())).orElseThrow();
        assertEquals(List.of(2L, 1), List.of(read.version(), read.plans().size()));
    }
}
