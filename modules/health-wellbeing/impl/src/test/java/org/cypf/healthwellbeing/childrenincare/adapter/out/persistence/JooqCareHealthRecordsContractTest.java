package org.cypf.healthwellbeing.childrenincare.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecordsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ children in care's health records on a real PostgreSQL (health's role and schema) pass the suite (ADR 0097). */
class JooqCareHealthRecordsContractTest extends CareHealthRecordsContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("children in care's health records contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected CareHealthRecords records() {
        return new JooqCareHealthRecords(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
