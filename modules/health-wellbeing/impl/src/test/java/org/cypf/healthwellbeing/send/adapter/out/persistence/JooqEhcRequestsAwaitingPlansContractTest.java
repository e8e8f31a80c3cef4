package org.cypf.healthwellbeing.send.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlansContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ reading of EHC needs assessments awaiting plans, on a real PostgreSQL, passes the suite (ADR 0097). */
class JooqEhcRequestsAwaitingPlansContractTest extends EhcRequestsAwaitingPlansContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("EHC requests awaiting plans contract");
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
    protected EhcRequestsAwaitingPlans awaiting() {
        return new JooqEhcRequestsAwaitingPlans(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
