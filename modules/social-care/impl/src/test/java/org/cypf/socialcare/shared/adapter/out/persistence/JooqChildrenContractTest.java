package org.cypf.socialcare.shared.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.shared.port.Children;
import org.cypf.socialcare.shared.port.ChildrenContract;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ children on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097). */
class JooqChildrenContractTest extends ChildrenContract {
    private static ContextDatabase socialCare;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("children contract");
        socialCare = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "social_care", 4);
    }

    @AfterAll
    static void close() {
        if (socialCare != null) {
            socialCare.close();
        }
    }

    @Override
    protected Children children() {
        return new JooqChildren(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }
}
