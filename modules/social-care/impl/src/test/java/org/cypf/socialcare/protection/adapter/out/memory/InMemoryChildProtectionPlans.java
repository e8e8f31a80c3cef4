package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Child protection plans in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ChildProtectionPlansContract} as the jOOQ adapter does: plans started and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that starts a plan holds its child's and its
 * enquiry's locks to its end, and one that changes a plan that plan's lock, as the unique indexes and the row lock
 * hold a second writer until the first commits: so of two plans started at once for one child one is refused, and of
 * two changes from one version one is stale. {@link InMemoryPlanReviewsAwaited} reads the same rows.
 */
public final class InMemoryChildProtectionPlans implements ChildProtectionPlans {
    /** Oldest first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<ChildProtectionPlan> STARTED = Comparator.comparing(ChildProtectionPlan::startDate)
            .thenComparing(p -> p.id().toString());

    private final InMemoryRows<UUID, ChildProtectionPlan> rows = new InMemoryRows<>();

    /** The locks of a child's one open plan and an enquiry's one plan, named apart from any plan's id. */
    private record ChildsOpenPlan(ChildId child) {}

    private record EnquirysPlan(UUID enquiryId) {}

    /** The plans this unit of work sees that match, in no order: for the queue reading the same rows. */
    List<ChildProtectionPlan> where(Predicate<ChildProtectionPlan> which) {
        return rows.where(which);
    }

    private List<ChildProtectionPlan> visible(Predicate<ChildProtectionPlan> which) {
        return rows.where(which).stream().sorted(STARTED).toList();
    }

    @Override
    public Optional<ChildProtectionPlan> find(UUID planId) {
        return rows.find(planId);
    }

    @Override
    public Optional<ChildProtectionPlan> forEnquiry(UUID enquiryId) {
        return visible(p -> p.enquiryId().equals(enquiryId)).stream().findFirst();
    }

    @Override
    public List<ChildProtectionPlan> forChild(ChildId child) {
        return visible(p -> p.childId().equals(child));
    }

    @Override
    public List<ChildProtectionPlan> forChildren(Collection<ChildId> children) {
        Set<ChildId> asked = new HashSet<>(children);
        return visible(p -> asked.contains(p.childId()));
    }

    @Override
    public Page<ChildProtectionPlan> forChild(ChildId child, Slice slice) {
        return WorkQueues.page(forChild(child), slice);
    }

    @Override
    public void add(ChildProtectionPlan plan) {
        rows.lock(new ChildsOpenPlan(plan.childId()));
        rows.lock(new EnquirysPlan(plan.enquiryId()));
        boolean secondOpen = plan.isOpen() && !visible(p -> p.childId().equals(plan.childId()) && p.isOpen()).isEmpty();
        if (secondOpen || forEnquiry(plan.enquiryId()).isPresent()) {
            // As child_protection_plan_one_open_per_child, or the enquiry's unique plan, refuses it.
            throw new Conflict("the child already has an open child protection plan; a child cannot have two");
        }
        rows.put(plan.id(), plan);
    }

    @Override
    public void update(ChildProtectionPlan after, long expectedVersion) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the child protection plan", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public List<ChildProtectionPlan> openAtEndOf(LocalDate date) {
        return visible(p -> p.isOpenAtEndOf(date));
    }

    @Override
    public Page<ChildProtectionPlan> openAtEndOf(LocalDate date, ListScope scope, Slice slice) {
        return WorkQueues.page(visible(p -> p.isOpenAtEndOf(date) && scope.includes(p.childId())), slice);
    }

    @Override
    public List<ChildProtectionPlan> startedBetween(LocalDate from, LocalDate to) {
        return visible(p -> !p.startDate().isBefore(from) && !p.startDate().isAfter(to));
    }
}
