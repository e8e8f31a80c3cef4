package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.lookedafter.port.UascRecordsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ UASC records on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the children they are of are inserted first.
 */
class JooqUascRecordsContractTest extends UascRecordsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("uasc records contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected UascRecords records() {
        return new JooqUascRecords(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("UA-", LocalDate.of(2010, 5, 1), "1");
    }
}
