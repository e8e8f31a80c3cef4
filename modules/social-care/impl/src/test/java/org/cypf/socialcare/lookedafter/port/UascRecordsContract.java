package org.cypf.socialcare.lookedafter.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.lookedafter.domain.UnaccompaniedAsylumSeeker;
import org.junit.jupiter.api.Test;

/**
 * What every store of unaccompanied asylum-seeking children's records must do (ADR 0097, the record stores' suites):
 * CYPF's jOOQ adapter passes it on PostgreSQL; an integrator's store of the same records runs it too.
 *
 * <p>The promises: a child's first record is saved from version 0 and read back whole, and a child with none finds
 * nothing; several children's are read in one reading, keyed by child, only those asked for and held; a change is
 * stored only from the version it was made from, one from a stale version (a second first record, or a change of a
 * record never stored, among them) refused with {@link StaleVersion} and storing nothing; what a unit of work saved is
 * gone when it rolls back; of two first records saved at once, and of two changes made at once from one version, one is
 * stored and the other refused. Each test works on children of its own.
 */
public abstract class UascRecordsContract {

    protected abstract UascRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born in 2010, and gives its id. */
    protected abstract ChildId aChild();

    /** The child's record at {@code version}, ceased on {@code ceased} (null: still an UASC). */
    private static UnaccompaniedAsylumSeeker record(ChildId child, LocalDate ceased, long version) {
        return UnaccompaniedAsylumSeeker.rebuild(child, ceased, version);
    }

    private void save(UnaccompaniedAsylumSeeker after, long expected) {
        inUnitOfWork(() -> {
            records().save(after, expected);
            return null;
        });
    }

    private Optional<List<Object>> find(ChildId child) {
        return inUnitOfWork(() -> records().find(child)).map(UascRecordsContract::whole);
    }

    private static List<Object> whole(UnaccompaniedAsylumSeeker r) {
        return Arrays.asList(r.childId(), r.dateCeased(), r.version());
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

    private Callable<Boolean> saving(UnaccompaniedAsylumSeeker after, long expected) {
        return () -> {
            try {
                save(after, expected);
                return true;
            } catch (StaleVersion e) {
                return false;
            }
        };
    }

    @Test
    public void a_first_record_is_saved_from_version_0_and_read_back_whole_and_a_child_with_none_finds_nothing() {
        ChildId still = aChild();
        ChildId ceased = aChild();
        save(record(still, null, 1), 0);
        save(record(ceased, LocalDate.of(2026, 1, 31), 1), 0);
        assertEquals(List.of(Optional.of(Arrays.asList(still, null, 1L)),
                        Optional.of(Arrays.asList(ceased, LocalDate.of(2026, 1, 31), 1L)), Optional.empty()),
                List.of(find(still), find(ceased), find(aChild())));
    }

    @Test
    public void several_childrens_records_are_read_at_once_keyed_by_child_only_those_asked_for_and_held() {
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId notAsked = aChild();
        ChildId none = aChild();
        save(record(a, null, 1), 0);
        save(record(b, LocalDate.of(2025, 6, 1), 1), 0);
        save(record(notAsked, null, 1), 0);
        Map<ChildId, UnaccompaniedAsylumSeeker> read = inUnitOfWork(() -> records().findAll(List.of(a, b, none)));
        assertEquals(Map.of(a, whole(record(a, null, 1)), b, whole(record(b, LocalDate.of(2025, 6, 1), 1))),
                Map.of(a, whole(read.get(a)), b, whole(read.get(b))));
        assertEquals(2, read.size());
        assertEquals(Map.of(), inUnitOfWork(() -> records().findAll(List.of())));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        ChildId child = aChild();
        save(record(child, null, 1), 0);
        save(record(child, LocalDate.of(2025, 6, 1), 2), 1);
        assertEquals(Optional.of(Arrays.asList(child, LocalDate.of(2025, 6, 1), 2L)), find(child));

        assertThrows(StaleVersion.class, () -> save(record(child, LocalDate.of(2025, 7, 1), 2), 1));
        assertThrows(StaleVersion.class, () -> save(record(child, LocalDate.of(2025, 8, 1), 1), 0));
        assertEquals(Optional.of(Arrays.asList(child, LocalDate.of(2025, 6, 1), 2L)), find(child));
        ChildId none = aChild();
        assertThrows(StaleVersion.class, () -> save(record(none, null, 2), 1));
        assertEquals(Optional.empty(), find(none));
    }

    @Test
    public void what_a_unit_of_work_saved_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().save(record(child, null, 1), 0);
            throw new IllegalStateException("the use case failed after saving the record");
        }));
        assertEquals(Optional.empty(), find(child));
        save(record(child, null, 1), 0); // nothing left at version 1 to refuse it
    }

    @Test
    public void of_two_first_records_saved_at_once_one_is_stored_and_the_other_refused() throws Exception {
        ChildId child = aChild();
        assertEquals(1, storedOf(List.of(saving(record(child, null, 1), 0),
                saving(record(child, LocalDate.of(2025, 6, 1), 1), 0))), "one stored, one refused");
        assertEquals(1L, find(child).orElseThrow().get(2));
    }

    @Test
    public void of_two_changes_made_at_once_from_one_version_one_is_stored_and_the_other_refused() throws Exception {
        ChildId child = aChild();
        save(record(child, null, 1), 0);
        assertEquals(1, storedOf(List.of(saving(record(child, LocalDate.of(2025, 6, 1), 2), 1),
                saving(record(child, LocalDate.of(2025, 7, 1), 2), 1))), "one stored, one refused");
        assertEquals(2L, find(child).orElseThrow().get(2));
    }
}
