package org.cypf.socialcare.returns.adapter.out.persistence;

import java.util.function.Supplier;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.socialcare.returns.port.CinCensusDetailsStoreContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code JooqCinCensusDetails} on a real PostgreSQL (social care's role and schema) passes {@code CinCensusDetailsStoreContract} (ADR 0097). */
class JooqCinCensusDetailsContractTest extends CinCensusDetailsStoreContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("cin census details contract");
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
    protected CinCensusDetailsStore details() {
        return new JooqCinCensusDetails(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    /** A child inserted first, as the table's foreign key asks. */
    @Override
    protected ChildId aChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2012-05-01', '2')",
                child.value(), "RT-" + child.value());
        return child;
    }

    /** A referral of a child, both inserted first, as the tables' foreign keys ask. */
    @Override
    protected UUID aReferral() {
        UUID referral = UUID.randomUUID();
        admin.execute("insert into social_care.referral (referral_id, child_id, referral_date, referral_source, recorded_at)"
                + " values (?, ?, date '2024-05-01', '1A', now())", referral, aChild().value());
        return referral;
    }
}
