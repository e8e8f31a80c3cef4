package org.cypf.socialcare.returns.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.returns.port.Ssda903HeadersContract;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqSsda903Headers} on a real PostgreSQL (social care's role and schema) passes {@code Ssda903HeadersContract} (ADR 0097). */
class JooqSsda903HeadersContractTest extends Ssda903HeadersContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("ssda903 headers contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Ssda903Headers headers() {
        return new JooqSsda903Headers(database.socialCare());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
