package org.cypf.socialcare.frontdoor.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.frontdoor.port.UndecidedContacts;
import org.cypf.socialcare.frontdoor.port.UndecidedContactsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ front door queue on a real PostgreSQL (social care's role and schema) passes the work queue's suite (ADR
 * 0097), reading what {@link JooqContacts} stored about children inserted first.
 */
class JooqUndecidedContactsContractTest extends UndecidedContactsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("undecided contacts contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected Contacts contacts() {
        return new JooqContacts(database.socialCare());
    }

    @Override
    protected UndecidedContacts queue() {
        return new JooqUndecidedContacts(database.socialCare());
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild();
    }
}
