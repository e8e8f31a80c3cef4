package org.cypf.socialcare.careleavers.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.junit.jupiter.api.Test;

/**
 * What every store of care leavers' records must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes
 * it on PostgreSQL; an integrator's store of the same records runs it too.
 *
 * <p>The promises: a care leaver's first record is stored from version 0 and read back whole (the pathway plan, the
 * personal adviser and from when, the OC3 birthday records by age), and a child with none finds nothing; several
 * children's are read in one reading, keyed by child, only those asked for and held; the care leavers with at least one
 * birthday record are found, and those with none are not; a change is stored whole (birthday records replaced by the
 * change's own) only from the version it was made from, one from a stale version (a second first record, or a change of
 * a record never stored, among them) refused with {@link StaleVersion} and storing nothing; what a unit of work stored
 * is gone when it rolls back; of two first records stored at once, and of two changes made at once from one version,
 * one is stored and the other refused. Each test works on children of its own.
 */
public abstract class CareLeaverRecordsContract {
    private static final BirthdayContact AT_17 = new BirthdayContact(17, "YES", "F1", "S");
    private static final BirthdayContact AT_18 = new BirthdayContact(18, "YES", "G2", "T");
    private static final BirthdayContact AT_19 = new BirthdayContact(19, "NO", null, null);

    protected abstract CareLeaverRecords records();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born in 2005, and gives its id. */
    protected abstract ChildId aChild();

    private static CareLeaver record(ChildId child, LocalDate plan, String adviser, List<BirthdayContact> birthdays,
                                     long version) {
        return CareLeaver.rebuild(child, plan, adviser, plan == null ? null : plan.plusDays(7), birthdays, version);
    }

    private void store(CareLeaver after, long expected) {
        inUnitOfWork(() -> {
            records().update(after, expected);
            return null;
        });
    }

    private static List<Object> whole(CareLeaver c) {
        return Arrays.asList(c.childId(), c.pathwayPlanDate(), c.personalAdviser(), c.personalAdviserFrom(),
                c.birthdays(), c.version());
    }

    private Optional<List<Object>> find(ChildId child) {
        return inUnitOfWork(() -> records().find(child)).map(CareLeaverRecordsContract::whole);
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

    private Callable<Boolean> storing(CareLeaver after, long expected) {
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
    public void a_first_record_is_stored_from_version_0_and_read_back_whole_and_a_child_with_none_finds_nothing() {
        ChildId child = aChild();
        CareLeaver first = record(child, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(AT_18, AT_17), 1);
        store(first, 0);
        assertEquals(Optional.of(whole(first)), find(child));
        assertEquals(List.of(17, 18), inUnitOfWork(() -> records().find(child)).orElseThrow().birthdays().stream()
                .map(BirthdayContact::age).toList());
        ChildId bare = aChild();
        CareLeaver nothingYet = record(bare, null, null, List.of(), 1);
        store(nothingYet, 0);
        assertEquals(List.of(Optional.of(whole(nothingYet)), Optional.empty()), List.of(find(bare), find(aChild())));
    }

    @Test
    public void several_childrens_records_are_read_at_once_keyed_by_child_only_those_asked_for_and_held() {
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId notAsked = aChild();
        ChildId none = aChild();
        CareLeaver as = record(a, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(AT_17), 1);
        CareLeaver bs = record(b, null, null, List.of(AT_18, AT_19), 1);
        store(as, 0);
        store(bs, 0);
        store(record(notAsked, LocalDate.of(2022, 1, 1), "B. Adviser", List.of(), 1), 0);
        Map<ChildId, CareLeaver> read = inUnitOfWork(() -> records().findAll(List.of(a, b, none)));
        assertEquals(Map.of(a, whole(as), b, whole(bs)), Map.of(a, whole(read.get(a)), b, whole(read.get(b))));
        assertEquals(2, read.size());
        assertEquals(Map.of(), inUnitOfWork(() -> records().findAll(List.of())));
    }

    @Test
    public void the_care_leavers_with_a_birthday_record_are_found_and_those_with_none_are_not() {
        ChildId one = aChild();
        ChildId two = aChild();
        ChildId without = aChild();
        ChildId emptied = aChild();
        store(record(one, null, null, List.of(AT_17), 1), 0);
        store(record(two, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(AT_18, AT_19), 1), 0);
        store(record(without, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(), 1), 0);
        store(record(emptied, null, null, List.of(AT_17), 1), 0);
        store(record(emptied, null, null, List.of(), 2), 1);
        Set<ChildId> mine = Set.of(one, two, without, emptied);
        Map<ChildId, List<Object>> found = inUnitOfWork(() -> records().withBirthdayRecords()).stream()
                .filter(c -> mine.contains(c.childId()))
                .collect(Collectors.toMap(CareLeaver::childId, CareLeaverRecordsContract::whole));
        assertEquals(Map.of(one, find(one).orElseThrow(), two, find(two).orElseThrow()), found);
    }

    @Test
    public void a_change_is_stored_whole_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        ChildId child = aChild();
        store(record(child, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(AT_17, AT_18), 1), 0);
        CareLeaver changed = record(child, LocalDate.of(2023, 6, 1), "C. Adviser",
                List.of(new BirthdayContact(18, "NO", null, null), AT_19), 2);
        store(changed, 1);
        assertEquals(Optional.of(whole(changed)), find(child));

        assertThrows(StaleVersion.class, () -> store(record(child, null, null, List.of(AT_17), 2), 1));
        assertThrows(StaleVersion.class, () -> store(record(child, null, null, List.of(AT_17), 1), 0));
        assertEquals(Optional.of(whole(changed)), find(child));
        ChildId none = aChild();
        assertThrows(StaleVersion.class, () -> store(record(none, null, null, List.of(AT_17), 2), 1));
        assertEquals(Optional.empty(), find(none));
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        CareLeaver first = record(child, LocalDate.of(2022, 6, 1), "A. Adviser", List.of(AT_17), 1);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            records().update(first, 0);
            throw new IllegalStateException("the use case failed after storing the record");
        }));
        assertEquals(Optional.empty(), find(child));
        store(first, 0); // nothing left at version 1 to refuse it
    }

    @Test
    public void of_two_first_records_stored_at_once_one_is_stored_and_the_other_refused() throws Exception {
        ChildId child = aChild();
        assertEquals(1, storedOf(List.of(storing(record(child, null, null, List.of(AT_17), 1), 0),
                storing(record(child, null, null, List.of(AT_18), 1), 0))), "one stored, one refused");
        assertEquals(1, inUnitOfWork(() -> records().find(child)).orElseThrow().birthdays().size());
    }

    @Test
    public void of_two_changes_made_at_once_from_one_version_one_is_stored_and_the_other_refused() throws Exception {
        ChildId child = aChild();
        store(record(child, null, null, List.of(), 1), 0);
        assertEquals(1, storedOf(List.of(storing(record(child, null, null, List.of(AT_17), 2), 1),
                storing(record(child, null, null, List.of(AT_18), 2), 1))), "one stored, one refused");
        CareLeaver read = inUnitOfWork(() -> records().find(child)).orElseThrow();
        assertEquals(List.of(2L, 1), List.of(read.version(), read.birthdays().size()));
    }
}
