package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.shared.domain.Child;
import org.junit.jupiter.api.Test;

/**
 * What every store of SSDA903 header fields must do (ADR 0072, ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store runs it too. The header is kept as returned (docs/guides/integrators-ssda903.md):
 * the export writes back what the import stored, byte for byte, and importing the same file again changes nothing.
 *
 * <p>The promises: the children an import adds are held with their header fields, read back exactly (a UPN as
 * returned beside no UPN held); a second child with a CHILD already held is refused with {@link Conflict}, adding
 * nothing of that import; a child held is found by CHILD, and a CHILD not held is absent; a child's fields saved
 * again are replaced whole (blanks included); a child held with no fields is absent from {@code findAll} and read
 * with {@link ChildHeaderDetails#NONE} by {@code withDetails}, and a child not held is absent from both; a UPN is
 * recorded only for a child held without one; what a unit of work added is gone when it rolls back. Each test adds
 * children of its own.
 */
public abstract class Ssda903HeadersContract {
    private static final String UPN = "A861200101002";

    protected abstract Ssda903Headers headers();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static Child child(String upn) {
        ChildId id = ChildId.newId();
        return new Child(id, "H" + id.value().toString().substring(0, 8), upn == null ? null
                : UniquePupilNumber.parse(upn), null, LocalDate.of(2010, 3, 4), "2");
    }

    private Child added(ChildHeaderDetails details) {
        Child c = child(null);
        inUnitOfWork(() -> headers().addChildren(List.of(Map.entry(c, details))));
        return c;
    }

    @Test
    public void the_children_an_import_adds_are_held_with_their_header_fields_exactly() {
        Child mother = child(UPN);
        Child none = child(null);
        ChildHeaderDetails motherDetails = new ChildHeaderDetails("WBRI", "1", LocalDate.of(2025, 2, 1), null);
        ChildHeaderDetails noUpn = new ChildHeaderDetails("APKN", null, null, "UN2");
        Child withoutUpn = child(null);
        inUnitOfWork(() -> headers().addChildren(List.of(Map.entry(mother, motherDetails),
                Map.entry(withoutUpn, noUpn), Map.entry(none, ChildHeaderDetails.NONE))));
        ChildId unknown = ChildId.newId();

        assertEquals(Map.of(mother.id(), motherDetails, withoutUpn.id(), noUpn),
                inUnitOfWork(() -> headers().findAll(List.of(mother.id(), withoutUpn.id(), none.id(), unknown))));
        assertEquals(Map.of(mother.id(), Map.entry(mother, motherDetails), withoutUpn.id(), Map.entry(withoutUpn, noUpn),
                        none.id(), Map.entry(none, ChildHeaderDetails.NONE)),
                inUnitOfWork(() -> headers().withDetails(List.of(mother.id(), withoutUpn.id(), none.id(), unknown))));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().findAll(List.of())));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().withDetails(List.of())));
    }

    @Test
    public void a_child_held_is_found_by_child_and_one_not_held_is_absent() {
        Child held = added(ChildHeaderDetails.NONE);
        assertEquals(Map.of(held.localChildId(), held.id()), inUnitOfWork(() -> headers().childIdsOf(
                List.of(held.localChildId(), "NOT-HELD-" + UUID.randomUUID()))));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().childIdsOf(List.of())));
    }

    @Test
    public void a_second_child_with_a_child_already_held_is_refused_and_nothing_of_that_import_is_added() {
        Child held = added(ChildHeaderDetails.NONE);
        Child fresh = child(null);
        Child again = new Child(ChildId.newId(), held.localChildId(), null, null, LocalDate.of(2011, 1, 1), "1");
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> headers().addChildren(
                List.of(Map.entry(fresh, ChildHeaderDetails.NONE), Map.entry(again, ChildHeaderDetails.NONE)))));
        assertEquals(Map.of(held.localChildId(), held.id()), inUnitOfWork(() -> headers().childIdsOf(
                List.of(held.localChildId(), fresh.localChildId()))));
    }

    @Test
    public void a_childs_fields_saved_again_are_replaced_whole() {
        Child c = added(new ChildHeaderDetails("WBRI", "1", LocalDate.of(2025, 2, 1), "UN1"));
        ChildHeaderDetails fewer = new ChildHeaderDetails("WIRI", "0", null, null);
        inUnitOfWork(() -> headers().save(c.id(), fewer));
        assertEquals(Map.of(c.id(), fewer), inUnitOfWork(() -> headers().findAll(List.of(c.id()))));
        inUnitOfWork(() -> headers().save(c.id(), fewer));
        assertEquals(Map.of(c.id(), fewer), inUnitOfWork(() -> headers().findAll(List.of(c.id()))));
        inUnitOfWork(() -> headers().save(c.id(), ChildHeaderDetails.NONE));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().findAll(List.of(c.id()))));
        assertEquals(ChildHeaderDetails.NONE,
                inUnitOfWork(() -> headers().withDetails(List.of(c.id()))).get(c.id()).getValue());
    }

    @Test
    public void a_upn_is_recorded_only_for_a_child_held_without_one() {
        Child without = added(ChildHeaderDetails.NONE);
        inUnitOfWork(() -> headers().saveUpn(without.id(), UPN));
        assertEquals(UniquePupilNumber.parse(UPN),
                inUnitOfWork(() -> headers().withDetails(List.of(without.id()))).get(without.id()).getKey().upn());

        Child with = child("D861200101004");
        inUnitOfWork(() -> headers().addChildren(List.of(Map.entry(with, ChildHeaderDetails.NONE))));
        inUnitOfWork(() -> headers().saveUpn(with.id(), UPN));
        assertEquals(with, inUnitOfWork(() -> headers().withDetails(List.of(with.id()))).get(with.id()).getKey());
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Child c = child(null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            headers().addChildren(List.of(Map.entry(c, new ChildHeaderDetails("WBRI", null, null))));
            throw new IllegalStateException("the import failed after adding the child");
        }));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().withDetails(List.of(c.id()))));
        assertEquals(Map.of(), inUnitOfWork(() -> headers().childIdsOf(List.of(c.localChildId()))));
    }
}
