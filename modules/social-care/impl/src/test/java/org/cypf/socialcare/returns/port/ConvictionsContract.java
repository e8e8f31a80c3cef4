package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.Test;

/**
 * What every store of the SSDA903 OC2 file's CONVICTED must do (ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store runs it too. The store keeps the return as received: what an import saved is
 * what the export writes back, and importing the same file again changes nothing.
 *
 * <p>The promises: what is saved of a child for a year is read back exactly, a "no" as a "no" and not as nothing; a
 * child with nothing saved for the year is absent, as is one asked of another year; saving again the same (a
 * re-import) keeps one answer, and saving another replaces it; several children are read in one call, and none asked
 * reads none; what a unit of work saved is gone when it rolls back. Each test works on children of its own.
 */
public abstract class ConvictionsContract {

    protected abstract Convictions convictions();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child the store may record of (held by social care first, where the store needs that). */
    protected abstract ChildId aChild();

    private void save(ChildId child, int year, boolean convicted) {
        inUnitOfWork(() -> {
            convictions().save(child, year, convicted);
            return null;
        });
    }

    private Map<ChildId, Boolean> read(int year, List<ChildId> children) {
        return inUnitOfWork(() -> convictions().forYear(year, children));
    }

    @Test
    public void what_is_saved_is_read_back_exactly_a_no_as_a_no_and_nothing_saved_as_absent() {
        ChildId yes = aChild();
        ChildId no = aChild();
        ChildId nothing = aChild();
        save(yes, 2024, true);
        save(no, 2024, false);
        assertEquals(Map.of(yes, true, no, false), read(2024, List.of(yes, no, nothing)));
        assertEquals(Map.of(), read(2023, List.of(yes, no)), "another year");
        assertEquals(Map.of(), read(2024, List.of()));
    }

    @Test
    public void saving_the_same_again_keeps_one_answer_and_saving_another_replaces_it() {
        ChildId child = aChild();
        save(child, 2024, true);
        save(child, 2024, true);
        assertEquals(Map.of(child, true), read(2024, List.of(child)));
        save(child, 2024, false);
        assertEquals(Map.of(child, false), read(2024, List.of(child)));
    }

    @Test
    public void each_year_is_kept_apart() {
        ChildId child = aChild();
        save(child, 2023, false);
        save(child, 2024, true);
        assertEquals(List.of(Map.of(child, false), Map.of(child, true)),
                List.of(read(2023, List.of(child)), read(2024, List.of(child))));
    }

    @Test
    public void what_a_unit_of_work_saved_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        save(child, 2024, false);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            convictions().save(child, 2024, true);
            convictions().save(child, 2025, true);
            throw new IllegalStateException("the import failed after saving");
        }));
        assertEquals(Map.of(child, false), read(2024, List.of(child)));
        assertEquals(Map.of(), read(2025, List.of(child)));
    }
}
