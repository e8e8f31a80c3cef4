package org.cypf.socialcare.returns.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.returns.port.Ssda903HeadersContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqSsda903Headers} on a real PostgreSQL (social care's role and schema) passes {@code Ssda903HeadersContract} (ADR 0097). */
class JooqSsda903HeadersContractTest extends Ssda903HeadersContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("ssda903 headers contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (socialCare != null) {
            socialCare.close();
            admin.close();
        }
    }

    @Override
    protected Ssda903Headers headers() {
        return new JooqSsda903Headers(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }
}
