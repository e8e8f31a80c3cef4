package canary.data04.socialcare.protection.application;

import canary.data04.socialcare.protection.domain.Plan;

/** Breach: a use case rebuilds a plan at a version of its choosing instead of changing it through its rules. */
public final class BreachServiceRebuildsAPlan {
    public Plan review(Plan plan, String category) {
        return Plan.rebuild(category, 99);
    }

    /** Allowed: the domain method. */
    public Plan reviewProperly(Plan plan, String category) {
        return plan.review(category);
    }
}
