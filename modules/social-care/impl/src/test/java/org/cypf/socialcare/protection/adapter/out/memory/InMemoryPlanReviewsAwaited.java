package org.cypf.socialcare.protection.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;

/**
 * The child protection reviews queue read from {@link InMemoryChildProtectionPlans}, for fast tests (ADR 0097); test
 * code only. It passes {@code PlanReviewsAwaitedContract} as the jOOQ adapter does, the due date being the domain's
 * own {@link ChildProtectionPlan#nextReviewDue}.
 */
public final class InMemoryPlanReviewsAwaited implements PlanReviewsAwaited {
    /** Soonest due first, then by plan id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Awaited> SOONEST = Comparator.comparing(Awaited::reviewDueDate)
            .thenComparing(a -> a.planId().toString());

    private final InMemoryChildProtectionPlans plans;

    public InMemoryPlanReviewsAwaited(InMemoryChildProtectionPlans plans) {
        this.plans = plans;
    }

    private List<Awaited> awaited(ListScope scope) {
        return plans.where(p -> p.isOpen() && scope.includes(p.childId())).stream()
                .map(p -> new Awaited(p.id(), p.childId(), p.startDate(), p.latestCategory(), p.reviews().size(),
                        p.nextReviewDue()))
                .sorted(SOONEST).toList();
    }

    @Override
    public Page<Awaited> soonestDueFirst(ListScope scope, Slice slice) {
        return WorkQueues.page(awaited(scope), slice);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        return WorkQueues.countsByTeam(awaited(scope), Awaited::childId, Awaited::reviewDueDate, teams, today);
    }
}
