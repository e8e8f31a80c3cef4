package org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFigures;
import org.cypf.healthwellbeing.mentalhealth.port.SelfHarmAdmissionFiguresContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ self-harm admission figures on a real PostgreSQL (health's role and schema) pass the figures' suite
 * (ADR 0097).
 */
class JooqSelfHarmAdmissionFiguresContractTest extends SelfHarmAdmissionFiguresContract {
    private static TestDatabase.Target target;
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        target = TestDatabase.fresh("self-harm admission figures contract");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected SelfHarmAdmissionFigures figures() {
        return new JooqSelfHarmAdmissionFigures(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }

    @Override
    protected void holdNothing() {
        new AdminSql(target).execute("delete from health_wellbeing.self_harm_admissions");
    }
}
