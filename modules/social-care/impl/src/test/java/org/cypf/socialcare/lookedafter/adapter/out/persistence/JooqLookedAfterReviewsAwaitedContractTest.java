package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaitedContract;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ looked-after reviews awaited on a real PostgreSQL (social care's role and schema) pass the reading's suite
 * (ADR 0097), over the periods of care and reviews social care's own stores write, for children inserted first.
 */
class JooqLookedAfterReviewsAwaitedContractTest extends LookedAfterReviewsAwaitedContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("looked after reviews awaited contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (socialCare != null) {
            socialCare.close();
            admin.close();
        }
    }

    @Override
    protected LookedAfterReviewsAwaited awaited() {
        return new JooqLookedAfterReviewsAwaited(socialCare);
    }

    @Override
    protected PeriodsOfCare periods() {
        return new JooqPeriodsOfCare(socialCare);
    }

    @Override
    protected LookedAfterReviews reviews() {
        return new JooqLookedAfterReviews(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected ChildId aChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '1995-05-01', '1')",
                child.value(), "RA-" + child.value());
        return child;
    }
}
