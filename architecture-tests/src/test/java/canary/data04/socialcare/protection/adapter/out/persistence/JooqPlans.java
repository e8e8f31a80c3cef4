package canary.data04.socialcare.protection.adapter.out.persistence;

import canary.data04.socialcare.protection.domain.Plan;
import canary.data04.socialcare.protection.domain.Review;
import java.util.function.BiFunction;

/** Allowed: the persistence adapter rebuilds what it read, by call and by reference. */
public final class JooqPlans {
    private final BiFunction<String, Long, Plan> rebuild = Plan::rebuild;

    public Plan find() {
        new Review("2024-12-12");
        return rebuild.apply("NEG", 3L);
    }
}
