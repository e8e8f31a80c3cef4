package org.cypf.socialcare.assessment.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.assessment.port.ReferralsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ referrals on a real PostgreSQL (social care's role and schema) pass the record store's suite (ADR 0097),
 * for children inserted first.
 */
class JooqReferralsContractTest extends ReferralsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("referrals contract");
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
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    private static ChildId insertedChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '1995-05-01', '2')",
                child.value(), "SC-" + child.value());
        return child;
    }

    @Override
    protected Referrals referrals() {
        return new JooqReferrals(socialCare);
    }

    @Override
    protected ChildId aChild() {
        return insertedChild();
    }
}
