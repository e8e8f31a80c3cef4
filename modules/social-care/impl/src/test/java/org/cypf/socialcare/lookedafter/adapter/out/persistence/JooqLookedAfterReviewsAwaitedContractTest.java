package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaitedContract;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ looked-after reviews awaited on a real PostgreSQL (social care's role and schema) pass the reading's suite
 * (ADR 0097), over the periods of care and reviews social care's own stores write, for children inserted first.
 */
class JooqLookedAfterReviewsAwaitedContractTest extends LookedAfterReviewsAwaitedContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("looked after reviews awaited contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected LookedAfterReviewsAwaited awaited() {
        return new JooqLookedAfterReviewsAwaited(database.socialCare());
    }

    @Override
    protected PeriodsOfCare periods() {
        return new JooqPeriodsOfCare(database.socialCare());
    }

    @Override
    protected LookedAfterReviews reviews() {
        return new JooqLookedAfterReviews(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("RA-", LocalDate.of(1995, 5, 1), "1");
    }
}
