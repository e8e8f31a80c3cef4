package org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferralsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ mental health referrals on a real PostgreSQL (health's role and schema) pass the store's suite. */
class JooqMentalHealthReferralsContractTest extends MentalHealthReferralsContract {
    private static ContextDatabase health;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("mental health referrals contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
        }
    }

    @Override
    protected MentalHealthReferrals referrals() {
        return new JooqMentalHealthReferrals(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }
}
