package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ looked-after reviews on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the periods of care they review are stored by social care's own store, for a child inserted first.
 */
class JooqLookedAfterReviewsContractTest extends LookedAfterReviewsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("looked after reviews contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
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
    protected PeriodOfCare aPeriodOfCare() {
        ChildId child = database.insertedChild("LR-", LocalDate.of(1995, 5, 1), "1");
        PeriodOfCare period = PeriodOfCare.imported(UUID.randomUUID(), child, List.of(new Episode(UUID.randomUUID(),
                LocalDate.of(2000, 1, 1), "S", "C2", "N1", "U6", "PR1", null, null, null, null, null)));
        database.socialCare().run(() -> new JooqPeriodsOfCare(database.socialCare()).add(period));
        return period;
    }
}
