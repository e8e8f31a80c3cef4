package org.cypf.socialcare.returns.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.Convictions;
import org.cypf.socialcare.returns.port.ConvictionsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqConvictions} on a real PostgreSQL (social care's role and schema) passes {@code ConvictionsContract} (ADR 0097). */
class JooqConvictionsContractTest extends ConvictionsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("convictions contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Convictions convictions() {
        return new JooqConvictions(database.socialCare());
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
