package org.cypf.healthwellbeing.send.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.send.port.EhcRequestsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ requests on a real PostgreSQL (health's role and schema) pass the record store's suite (ADR 0097). */
class JooqEhcRequestsContractTest extends EhcRequestsContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("EHC requests contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected EhcRequests requests() {
        return new JooqEhcRequests(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
