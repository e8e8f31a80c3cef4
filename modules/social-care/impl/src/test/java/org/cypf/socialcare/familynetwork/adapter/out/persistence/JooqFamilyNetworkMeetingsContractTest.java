package org.cypf.socialcare.familynetwork.adapter.out.persistence;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecords;
import org.cypf.socialcare.familynetwork.port.FamilyNetworkMeetingRecordsContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ meetings on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097). */
class JooqFamilyNetworkMeetingsContractTest extends FamilyNetworkMeetingRecordsContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("family network meetings contract", 6);
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected FamilyNetworkMeetingRecords records() {
        return new JooqFamilyNetworkMeetings(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }

    @Override
    protected ChildId aChild() {
        return database.insertedChild("FN-", LocalDate.of(2012, 5, 1), "2");
    }
}
