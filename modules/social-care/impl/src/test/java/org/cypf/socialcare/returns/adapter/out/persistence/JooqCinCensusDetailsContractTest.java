package org.cypf.socialcare.returns.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.socialcare.returns.port.CinCensusDetailsStoreContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqCinCensusDetails} on a real PostgreSQL (social care's role and schema) passes {@code CinCensusDetailsStoreContract} (ADR 0097). */
class JooqCinCensusDetailsContractTest extends CinCensusDetailsStoreContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("cin census details contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected CinCensusDetailsStore details() {
        return new JooqCinCensusDetails(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    /** A child inserted first, as the table's foreign key asks. */
    @Override
    protected ChildId aChild() {
        return database.insertedChild("RT-", LocalDate.of(2012, 5, 1), "2");
    }

    /** A referral of a child, both inserted first, as the tables' foreign keys ask. */
    @Override
    protected UUID aReferral() {
        UUID referral = UUID.randomUUID();
        database.admin().execute("insert into social_care.referral (referral_id, child_id, referral_date, referral_source, recorded_at)"
                + " values (?, ?, date '2024-05-01', '1A', now())", referral, aChild().value());
        return referral;
    }
}
