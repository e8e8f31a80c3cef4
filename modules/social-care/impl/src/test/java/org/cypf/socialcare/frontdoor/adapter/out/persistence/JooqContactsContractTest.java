package org.cypf.socialcare.frontdoor.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.frontdoor.port.ContactsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ contacts on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097); the
 * children they are about are inserted first.
 */
class JooqContactsContractTest extends ContactsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("contacts contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Contacts contacts() {
        return new JooqContacts(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("CT-", LocalDate.of(1995, 5, 1), "1");
    }
}
