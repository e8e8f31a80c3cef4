package org.cypf.socialcare.returns.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.lookedafter.adapter.out.persistence.JooqPeriodsOfCare;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.cypf.socialcare.returns.port.Ssda903EpisodesContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code JooqSsda903Episodes} on a real PostgreSQL (social care's role and schema) passes
 * {@code Ssda903EpisodesContract} (ADR 0097); the periods are held by social care's own periods-of-care store.
 */
class JooqSsda903EpisodesContractTest extends Ssda903EpisodesContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("ssda903 episodes contract");
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
    protected Ssda903Episodes episodes() {
        return new JooqSsda903Episodes(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected ChildId aChild(String localChildId) {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2001-05-01', '1')",
                child.value(), localChildId);
        return child;
    }

    @Override
    protected void hold(PeriodOfCare period) {
        socialCare.run(() -> new JooqPeriodsOfCare(socialCare).add(period));
    }
}
