package org.cypf.socialcare.protection.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.domain.PlanEndReason;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every store of child protection plans must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes
 * it on PostgreSQL; an integrator's store of the same plans runs it too.
 *
 * <p>The promises: a plan added is read back whole, by its id and by its enquiry, and an id that names none finds
 * nothing; a second open plan for a child, and a second plan from one enquiry, are refused with {@link Conflict}; a
 * change is stored only from the version it was made from, one from a stale version refused with {@link StaleVersion}
 * and storing nothing; a child's plans are read oldest first, whole and a page at a time with the child's total, and
 * several children's in one reading; the plans open at the end of a day (one ending that day not counted), listed and
 * paged within a list scope with its total; the plans started between two days, both included; what a unit of work
 * added is gone when it rolls back; two changes made at once from one version store one and refuse the other. Each test
 * works on children of its own, and asks about days in a year of its own.
 */
public abstract class ChildProtectionPlansContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract ChildProtectionPlans plans();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows, born before 2000, and gives its id. */
    protected abstract ChildId aChild();

    /**
     * Stores a referral of {@code child} and the enquiry it opened, whose initial conference on {@code conference}
     * decided on a plan, and gives the enquiry.
     */
    protected abstract ChildProtectionEnquiry anEnquiry(ChildId child, LocalDate conference);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A plan from {@code enquiry} started on its conference's day, ended on {@code end} (null: open). */
    private static ChildProtectionPlan plan(ChildProtectionEnquiry enquiry, LocalDate end) {
        return ChildProtectionPlan.rebuild(UUID.randomUUID(), enquiry.childId(), enquiry.referralId(), enquiry.id(),
                enquiry.conferenceDate(), enquiry.conferenceDate(), "NEG", "NEG", 0, List.of(), end,
                end == null ? null : PlanEndReason.NO_LONGER_AT_RISK, 0);
    }

    private ChildProtectionPlan added(ChildId child, LocalDate start, LocalDate end) {
        ChildProtectionPlan plan = plan(anEnquiry(child, start), end);
        inUnitOfWork(() -> plans().add(plan));
        return plan;
    }

    private Optional<ChildProtectionPlan> find(UUID id) {
        return inUnitOfWork(() -> plans().find(id));
    }

    private static List<UUID> ids(List<ChildProtectionPlan> plans) {
        return plans.stream().map(ChildProtectionPlan::id).toList();
    }

    private static ChildProtectionPlan reviewed(ChildProtectionPlan plan, LocalDate on, String category) {
        return plan.review(on, category, TODAY, CinCensusCodes.standard()).after();
    }

    private static List<Object> whole(ChildProtectionPlan p) {
        return List.of(p.id(), p.childId(), p.referralId(), p.enquiryId(), p.conferenceDate(), p.startDate(),
                p.initialCategory(), p.latestCategory(), p.previousPlans(), p.reviews(),
                Optional.ofNullable(p.endDate()), Optional.ofNullable(p.endReason()), p.version());
    }

    @Test
    public void a_plan_added_is_read_back_whole_by_id_and_by_enquiry_and_an_unknown_id_finds_nothing() {
        ChildId child = aChild();
        ChildProtectionEnquiry enquiry = anEnquiry(child, LocalDate.of(2025, 2, 3));
        ChildProtectionPlan plan = ChildProtectionPlan.rebuild(UUID.randomUUID(), child, enquiry.referralId(),
                enquiry.id(), enquiry.conferenceDate(), LocalDate.of(2025, 2, 4), "EMO", "PHY", 2,
                List.of(new ChildProtectionPlan.Review(LocalDate.of(2025, 5, 1), "PHY")), LocalDate.of(2025, 9, 1),
                PlanEndReason.BECAME_LOOKED_AFTER, 0);
        inUnitOfWork(() -> plans().add(plan));

        assertEquals(whole(plan), whole(find(plan.id()).orElseThrow()));
        assertEquals(whole(plan), whole(inUnitOfWork(() -> plans().forEnquiry(enquiry.id())).orElseThrow()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> plans().forEnquiry(UUID.randomUUID())));
    }

    @Test
    public void a_second_open_plan_for_a_child_and_a_second_plan_from_one_enquiry_are_refused() {
        ChildId child = aChild();
        ChildProtectionPlan open = added(child, LocalDate.of(2025, 3, 3), null);
        ChildProtectionPlan second = plan(anEnquiry(child, LocalDate.of(2025, 4, 4)), null);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> plans().add(second)));

        ChildId other = aChild();
        ChildProtectionEnquiry enquiry = anEnquiry(other, LocalDate.of(2025, 3, 3));
        ChildProtectionPlan ended = plan(enquiry, LocalDate.of(2025, 3, 20));
        inUnitOfWork(() -> plans().add(ended));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> plans().add(plan(enquiry, null))));

        assertEquals(List.of(List.of(open.id()), List.of(ended.id())), List.of(
                ids(inUnitOfWork(() -> plans().forChild(child))), ids(inUnitOfWork(() -> plans().forChild(other)))));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        ChildProtectionPlan plan = added(aChild(), LocalDate.of(2025, 3, 3), null);
        ChildProtectionPlan after = reviewed(plan, LocalDate.of(2025, 6, 1), "PHY");
        inUnitOfWork(() -> plans().update(after, plan.version()));
        assertEquals(whole(after), whole(find(plan.id()).orElseThrow()));

        ChildProtectionPlan stale = reviewed(plan, LocalDate.of(2025, 6, 2), "SAB");
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> plans().update(stale, plan.version())));
        assertEquals(whole(after), whole(find(plan.id()).orElseThrow()));
    }

    @Test
    public void a_childs_plans_are_read_oldest_first_whole_by_page_with_the_total_and_several_children_at_once() {
        ChildId child = aChild();
        ChildProtectionPlan second = added(child, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 9, 1));
        ChildProtectionPlan third = added(child, LocalDate.of(2023, 1, 1), null);
        ChildProtectionPlan first = added(child, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1));
        ChildId other = aChild();
        ChildProtectionPlan others = added(other, LocalDate.of(2022, 1, 1), null);

        assertEquals(List.of(first.id(), second.id(), third.id()), ids(inUnitOfWork(() -> plans().forChild(child))));
        Page<ChildProtectionPlan> page1 = inUnitOfWork(() -> plans().forChild(child, new Slice(1, 2)));
        Page<ChildProtectionPlan> page2 = inUnitOfWork(() -> plans().forChild(child, new Slice(2, 2)));
        Page<ChildProtectionPlan> beyond = inUnitOfWork(() -> plans().forChild(child, new Slice(3, 2)));
        assertEquals(List.of(List.of(first.id(), second.id()), 3L, List.of(third.id()), 3L, List.of(), 3L),
                List.of(ids(page1.items()), page1.total(), ids(page2.items()), page2.total(), ids(beyond.items()),
                        beyond.total()));
        assertEquals(Set.of(first.id(), second.id(), third.id(), others.id()), Set.copyOf(ids(inUnitOfWork(
                () -> plans().forChildren(List.of(child, other))))));
        assertEquals(List.of(), inUnitOfWork(() -> plans().forChildren(List.of())));
        assertEquals(List.of(), inUnitOfWork(() -> plans().forChild(aChild())));
    }

    @Test
    public void the_plans_open_at_the_end_of_a_day_are_listed_and_paged_within_a_scope() {
        // Every plan here is in 2003 and ended: no other test's plan is open on its day.
        LocalDate day = LocalDate.of(2003, 3, 31);
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId c = aChild();
        ChildProtectionPlan through = added(a, LocalDate.of(2003, 1, 10), LocalDate.of(2003, 6, 1));
        ChildProtectionPlan endsNextDay = added(b, LocalDate.of(2003, 2, 10), LocalDate.of(2003, 4, 1));
        ChildProtectionPlan startsThatDay = added(c, day, LocalDate.of(2003, 5, 1));
        added(a, LocalDate.of(2003, 1, 1), LocalDate.of(2003, 1, 9)); // ended before
        added(b, LocalDate.of(2003, 1, 1), day); // ended that day: not on a plan at its end
        added(c, LocalDate.of(2003, 1, 1), LocalDate.of(2003, 2, 1)); // ended before

        assertEquals(List.of(through.id(), endsNextDay.id(), startsThatDay.id()),
                ids(inUnitOfWork(() -> plans().openAtEndOf(day))));
        Page<ChildProtectionPlan> first = inUnitOfWork(() -> plans().openAtEndOf(day, ListScope.everyChild(),
                new Slice(1, 2)));
        Page<ChildProtectionPlan> rest = inUnitOfWork(() -> plans().openAtEndOf(day, ListScope.everyChild(),
                new Slice(2, 2)));
        Page<ChildProtectionPlan> scoped = inUnitOfWork(() -> plans().openAtEndOf(day, ListScope.only(List.of(b, c)),
                new Slice(1, 1)));
        assertEquals(List.of(List.of(through.id(), endsNextDay.id()), 3L, List.of(startsThatDay.id()), 3L,
                        List.of(endsNextDay.id()), 2L),
                List.of(ids(first.items()), first.total(), ids(rest.items()), rest.total(), ids(scoped.items()),
                        scoped.total()));
    }

    @Test
    public void the_plans_started_between_two_days_both_included() {
        List<ChildProtectionPlan> started = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2003, 12, 31), LocalDate.of(2004, 1, 1), LocalDate.of(2004, 7, 1),
                LocalDate.of(2004, 12, 31), LocalDate.of(2005, 1, 1))) {
            started.add(added(aChild(), on, on.plusDays(10)));
        }
        assertEquals(ids(started.subList(1, 4)), ids(inUnitOfWork(() -> plans().startedBetween(
                LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31)))));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = aChild();
        ChildProtectionEnquiry enquiry = anEnquiry(child, LocalDate.of(2025, 3, 3));
        ChildProtectionPlan plan = plan(enquiry, null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            plans().add(plan);
            throw new IllegalStateException("the use case failed after adding the plan");
        }));
        assertEquals(List.of(Optional.empty(), Optional.empty()), inUnitOfWork(() -> List.of(plans().find(plan.id()),
                plans().forEnquiry(enquiry.id()))));
        inUnitOfWork(() -> plans().add(plan(enquiry, null))); // nothing left to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        ChildProtectionPlan plan = added(aChild(), LocalDate.of(2025, 3, 3), null);
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2))) {
            ChildProtectionPlan after = reviewed(plan, on, "EMO");
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> plans().update(after, plan.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        ChildProtectionPlan read = find(plan.id()).orElseThrow();
        assertEquals(List.of(plan.version() + 1, 1), List.of(read.version(), read.reviews().size()));
    }
}
