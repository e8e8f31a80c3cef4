package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaitedContract;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The in-memory looked-after reviews awaited, over the in-memory periods of care and reviews, pass the reading's suite
 * (ADR 0097), as the jOOQ reading does.
 */
class InMemoryLookedAfterReviewsAwaitedContractTest extends LookedAfterReviewsAwaitedContract {
    private final InMemoryPeriodsOfCare periods = new InMemoryPeriodsOfCare();
    private final InMemoryLookedAfterReviews reviews = new InMemoryLookedAfterReviews();
    private final InMemoryLookedAfterReviewsAwaited awaited = new InMemoryLookedAfterReviewsAwaited(periods, reviews);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected LookedAfterReviewsAwaited awaited() {
        return awaited;
    }

    @Override
    protected PeriodsOfCare periods() {
        return periods;
    }

    @Override
    protected LookedAfterReviews reviews() {
        return reviews;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory stores name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}
