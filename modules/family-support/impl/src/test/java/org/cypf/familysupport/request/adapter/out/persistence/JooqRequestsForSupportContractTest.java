package org.cypf.familysupport.request.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.familysupport.request.port.RequestForSupportRecordsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ requests for support on a real PostgreSQL (family support's role and schema) pass the store's suite. */
class JooqRequestsForSupportContractTest extends RequestForSupportRecordsContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("requests for support contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected RequestForSupportRecords requests() {
        return new JooqRequestsForSupport(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }
}
