package org.cypf.socialcare.returns.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.CinCensusReturned;
import org.cypf.socialcare.returns.port.CinCensusReturnedContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqCinCensusReturned} on a real PostgreSQL (social care's role and schema) passes {@code CinCensusReturnedContract} (ADR 0097). */
class JooqCinCensusReturnedContractTest extends CinCensusReturnedContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("cin census returned contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected CinCensusReturned returned() {
        return new JooqCinCensusReturned(database.socialCare());
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
}
