package org.cypf.socialcare.returns.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.junit.jupiter.api.Test;

/**
 * What every store of CIN census details must do (ADR 0071, ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL;
 * an integrator's store runs it too. The details are kept as the census returned them
 * (docs/guides/integrators-cin-census.md), so that export, import and export give the same bytes and importing the
 * same file again changes nothing.
 *
 * <p>The promises: a child's details are read back exactly as saved, the disability codes in the order saved; a
 * referral's details likewise, its CIN plans by start date; saving again replaces the details whole (a field left
 * blank is blank, not the one held before), and saving the same again changes nothing; a child or referral with
 * nothing saved is absent, and none asked reads none; several are read in one call; what a unit of work saved is gone
 * when it rolls back. Each test works on children and referrals of its own.
 */
public abstract class CinCensusDetailsStoreContract {

    protected abstract CinCensusDetailsStore details();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** A child social care holds, with no ethnicity. */
    protected abstract ChildId aChild();

    /** A referral of a child social care holds, made on 2024-05-01. */
    protected abstract UUID aReferral();

    private static final CinCensusDetails.Child FULL = new CinCensusDetails.Child("WBRI", List.of("MOB", "HAND", "AUT"),
            "UN3", "A861200101002", LocalDate.of(2025, 1, 9));

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private Map<ChildId, CinCensusDetails.Child> children(List<ChildId> ids) {
        return inUnitOfWork(() -> details().children(ids));
    }

    private Map<UUID, CinCensusDetails.Episode> episodes(List<UUID> ids) {
        return inUnitOfWork(() -> details().episodes(ids));
    }

    @Test
    public void a_childs_details_are_read_back_exactly_and_a_child_with_none_is_absent() {
        ChildId child = aChild();
        ChildId other = aChild();
        ChildId none = aChild();
        CinCensusDetails.Child otherDetails = new CinCensusDetails.Child(null, List.of("NONE"), null, null, null);
        inUnitOfWork(() -> details().save(child, FULL));
        inUnitOfWork(() -> details().save(other, otherDetails));
        assertEquals(Map.of(child, FULL, other, otherDetails), children(List.of(child, other, none)));
        assertEquals(Map.of(), children(List.of()));
    }

    @Test
    public void a_childs_details_saved_again_are_replaced_whole_and_the_same_again_changes_nothing() {
        ChildId child = aChild();
        inUnitOfWork(() -> details().save(child, FULL));
        inUnitOfWork(() -> details().save(child, FULL));
        assertEquals(Map.of(child, FULL), children(List.of(child)));
        CinCensusDetails.Child fewer = new CinCensusDetails.Child("WIRI", List.of(), null, null, null);
        inUnitOfWork(() -> details().save(child, fewer));
        assertEquals(Map.of(child, fewer), children(List.of(child)));
    }

    @Test
    public void a_referrals_details_are_read_back_with_plans_by_start_and_one_with_none_is_absent() {
        UUID referral = aReferral();
        UUID needOnly = aReferral();
        UUID none = aReferral();
        CinCensusDetails.CinPlan later = new CinCensusDetails.CinPlan(UUID.randomUUID(), LocalDate.of(2024, 9, 1), null);
        CinCensusDetails.CinPlan earlier = new CinCensusDetails.CinPlan(UUID.randomUUID(), LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 8, 1));
        inUnitOfWork(() -> details().save(referral, new CinCensusDetails.Episode("N4", List.of(later, earlier))));
        inUnitOfWork(() -> details().save(needOnly, new CinCensusDetails.Episode("N1", List.of())));
        assertEquals(Map.of(referral, new CinCensusDetails.Episode("N4", List.of(earlier, later)),
                        needOnly, new CinCensusDetails.Episode("N1", List.of())),
                episodes(List.of(referral, needOnly, none)));
        assertEquals(Map.of(), episodes(List.of()));
    }

    @Test
    public void a_referrals_details_saved_again_are_replaced_whole() {
        UUID referral = aReferral();
        CinCensusDetails.CinPlan plan = new CinCensusDetails.CinPlan(UUID.randomUUID(), LocalDate.of(2024, 5, 20), null);
        CinCensusDetails.Episode first = new CinCensusDetails.Episode("N4", List.of(plan));
        inUnitOfWork(() -> details().save(referral, first));
        inUnitOfWork(() -> details().save(referral, first));
        assertEquals(Map.of(referral, first), episodes(List.of(referral)));

        CinCensusDetails.CinPlan ended = new CinCensusDetails.CinPlan(plan.id(), plan.startDate(), LocalDate.of(2024, 7, 1));
        inUnitOfWork(() -> details().save(referral, new CinCensusDetails.Episode(null, List.of(ended))));
        assertEquals(Map.of(referral, new CinCensusDetails.Episode(null, List.of(ended))), episodes(List.of(referral)));
        inUnitOfWork(() -> details().save(referral, CinCensusDetails.Episode.NONE));
        assertEquals(Map.of(), episodes(List.of(referral)), "nothing saved of it now");
    }

    @Test
    public void what_a_unit_of_work_saved_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        UUID referral = aReferral();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            details().save(child, FULL);
            details().save(referral, new CinCensusDetails.Episode("N4", List.of()));
            throw new IllegalStateException("the import failed after saving");
        }));
        assertEquals(Map.of(), children(List.of(child)));
        assertEquals(Map.of(), episodes(List.of(referral)));
    }
}
