package org.cypf.socialcare.shared.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.socialcare.shared.port.Children;
import org.cypf.socialcare.shared.port.ChildrenContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ children on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097). */
class JooqChildrenContractTest extends ChildrenContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("children contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Children children() {
        return new JooqChildren(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
