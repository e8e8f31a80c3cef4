package org.cypf.healthwellbeing.organisation.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegister;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegisterContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ register of health organisations on a real PostgreSQL passes the register's suite; its organisations are
 * inserted as the seeds insert them.
 */
class JooqHealthOrganisationRegisterContractTest extends HealthOrganisationRegisterContract {
    private static ContextDatabase health;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("health organisation register contract");
        health = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()), "health_wellbeing", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (health != null) {
            health.close();
            admin.close();
        }
    }

    @Override
    protected HealthOrganisationRegister register() {
        return new JooqHealthOrganisationRegister(health);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return health.inTransaction(work);
    }

    @Override
    protected void registered(HealthOrganisation o) {
        admin.execute("insert into health_wellbeing.health_organisation (ods_code, name, kind) values (?, ?, ?)",
                o.odsCode(), o.name(), o.kind());
    }
}
