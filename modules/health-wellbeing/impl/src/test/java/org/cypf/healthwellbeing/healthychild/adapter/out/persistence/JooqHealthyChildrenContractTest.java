package org.cypf.healthwellbeing.healthychild.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildrenContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ healthy child programme's children on a real PostgreSQL (health's role and schema) pass the suite. */
class JooqHealthyChildrenContractTest extends HealthyChildrenContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("healthy children contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected HealthyChildren children() {
        return new JooqHealthyChildren(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
