package org.cypf.socialcare.schoolexclusions.port;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.junit.jupiter.api.Test;

/**
 * What every store of schools' exclusions of children social care knows must do (ADR 0097, the record stores' suites):
 * CYPF's jOOQ adapter passes it on PostgreSQL; an integrator's store of the same records runs it too. The store also
 * answers what social care holds of the child to decide the alert, so the suite asks for those facts to be held first
 * ({@link #aChild}, {@link #lookedAfter}, {@link #referred}, {@link #onAPlan}), and for a reading of what was added
 * ({@link #held}): the port itself reads no exclusion back.
 *
 * <p>The promises: the child with a UPN is found, the first recorded when two share it, and a UPN no child has finds
 * nothing; a child had a social worker or was looked after on a day when a period of care, a referral or a child
 * protection plan of theirs was open on it (from its first day to its last, both included; one not ended runs on), and
 * not on the day before or after one, nor when nothing is held; an exclusion added is kept whole and answered true, and
 * one added again under its id answers false and changes nothing; what a unit of work added is gone when it rolls back;
 * of two units of work adding one exclusion at once, one is answered true and the other false. Each test works on
 * children of its own.
 */
public abstract class SchoolExclusionRecordsContract {

    protected abstract SchoolExclusionRecords exclusions();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child social care knows, with this UPN (null: none), recorded after every child stored before. */
    protected abstract ChildId aChild(String upn);

    /** Stores a period of care of the child from {@code from} to {@code to} ({@code to} null: not ended). */
    protected abstract void lookedAfter(ChildId child, LocalDate from, LocalDate to);

    /** Stores a referral of the child made on {@code from} and closed on {@code to} ({@code to} null: open). */
    protected abstract void referred(ChildId child, LocalDate from, LocalDate to);

    /**
     * Stores a child protection plan of the child from {@code from} to {@code to} ({@code to} null: not ended). A store
     * that needs a referral under it makes one that closed before the day before {@code from}, so that only the plan is
     * open from that day on.
     */
    protected abstract void onAPlan(ChildId child, LocalDate from, LocalDate to);

    /** The exclusion the store holds under this id, read as the store can (the port reads none back). */
    protected abstract Optional<SchoolExclusion> held(UUID exclusionId);

    /** A UPN no other test uses (the DfE's letter and 12 digits; the check letter is not the store's business). */
    private static String aUpn() {
        return "Z" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static SchoolExclusion exclusion(ChildId child, String category, boolean alert) {
        return new SchoolExclusion(UUID.randomUUID(), child, 100_123, category, "TB", LocalDate.of(2025, 3, 3),
                "SUSPENSION".equals(category) ? 4 : null, alert);
    }

    private boolean add(SchoolExclusion exclusion) {
        return inUnitOfWork(() -> exclusions().add(exclusion));
    }

    private List<Boolean> onDays(ChildId child, LocalDate... days) {
        return inUnitOfWork(() -> java.util.Arrays.stream(days)
                .map(day -> exclusions().hadSocialWorkerOrWasLookedAfter(child, day)).toList());
    }

    @Test
    public void the_child_with_a_upn_is_found_the_first_recorded_when_two_share_it_and_an_unknown_upn_finds_none() {
        String upn = aUpn();
        ChildId first = aChild(upn);
        aChild(upn);
        String own = aUpn();
        ChildId other = aChild(own);
        aChild(null);
        assertEquals(List.of(Optional.of(first), Optional.of(other), Optional.empty()), inUnitOfWork(() -> List.of(
                exclusions().childWithUpn(upn), exclusions().childWithUpn(own), exclusions().childWithUpn(aUpn()))));
    }

    @Test
    public void a_period_of_care_open_on_the_day_counts_from_its_first_day_to_its_last() {
        ChildId child = aChild(aUpn());
        lookedAfter(child, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31));
        lookedAfter(child, LocalDate.of(2025, 1, 10), null);
        assertEquals(List.of(false, true, true, true, false, false, true, true),
                onDays(child, LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 15),
                        LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 1, 9),
                        LocalDate.of(2025, 1, 10), LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void a_referral_open_on_the_day_counts_from_the_day_made_to_the_day_closed() {
        ChildId child = aChild(aUpn());
        referred(child, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31));
        referred(child, LocalDate.of(2025, 1, 10), null);
        assertEquals(List.of(false, true, true, false, false, true, true),
                onDays(child, LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 4, 1), LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 10),
                        LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void a_child_protection_plan_open_on_the_day_counts_from_its_first_day_to_its_last() {
        ChildId child = aChild(aUpn());
        onAPlan(child, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31));
        ChildId still = aChild(aUpn());
        onAPlan(still, LocalDate.of(2025, 1, 10), null);
        assertEquals(List.of(false, true, true, false), onDays(child, LocalDate.of(2024, 1, 9),
                LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1)));
        assertEquals(List.of(false, true, true), onDays(still, LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 10),
                LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void a_child_with_nothing_held_had_no_social_worker_and_another_childs_records_do_not_count() {
        ChildId child = aChild(aUpn());
        ChildId other = aChild(aUpn());
        lookedAfter(other, LocalDate.of(2024, 1, 1), null);
        referred(other, LocalDate.of(2024, 1, 1), null);
        assertEquals(List.of(false, false), onDays(child, LocalDate.of(2024, 6, 1), LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void an_exclusion_added_is_kept_whole_and_added_again_under_its_id_answers_false_changing_nothing() {
        ChildId child = aChild(aUpn());
        SchoolExclusion suspension = exclusion(child, "SUSPENSION", true);
        SchoolExclusion permanent = exclusion(child, "PERMANENT", false);
        assertEquals(List.of(true, true), List.of(add(suspension), add(permanent)));
        assertEquals(List.of(Optional.of(suspension), Optional.of(permanent)),
                List.of(held(suspension.exclusionId()), held(permanent.exclusionId())));

        SchoolExclusion again = new SchoolExclusion(suspension.exclusionId(), child, 100_456, "PERMANENT", "PA",
                LocalDate.of(2025, 4, 4), null, false);
        assertEquals(false, add(again));
        assertEquals(Optional.of(suspension), held(suspension.exclusionId()));
        assertEquals(Optional.empty(), held(UUID.randomUUID()));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        SchoolExclusion exclusion = exclusion(aChild(aUpn()), "SUSPENSION", true);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            exclusions().add(exclusion);
            throw new IllegalStateException("raising the alert failed after adding the exclusion");
        }));
        assertEquals(Optional.empty(), held(exclusion.exclusionId()));
        assertEquals(true, add(exclusion)); // nothing left to answer false
    }

    @Test
    public void of_two_units_of_work_adding_one_exclusion_at_once_one_is_answered_true() throws Exception {
        SchoolExclusion exclusion = exclusion(aChild(aUpn()), "SUSPENSION", true);
        List<Callable<Boolean>> adds = List.of(() -> add(exclusion), () -> add(exclusion));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(adds)) {
                answers.add(f.get());
            }
            assertEquals(1, answers.stream().filter(b -> b).count(), "one true, one false: " + answers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Optional.of(exclusion), held(exclusion.exclusionId()));
    }
}
