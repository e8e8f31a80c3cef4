package org.cypf.healthwellbeing.childhealth.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservationsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ observations on a real PostgreSQL (health's role and schema) pass the record store's suite (ADR 0097). */
class JooqChildHealthObservationsContractTest extends ChildHealthObservationsContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("child health observations contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 6);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected ChildHealthObservations observations() {
        return new JooqChildHealthObservations(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
