package org.cypf.socialcare.careleavers.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.careleavers.port.CareLeaverRecordsContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ care leavers' records on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the children they are of are inserted first.
 */
class JooqCareLeaverRecordsContractTest extends CareLeaverRecordsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("care leaver records contract");
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
    protected CareLeaverRecords records() {
        return new JooqCareLeaverRecords(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected ChildId aChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2005-05-01', '2')",
                child.value(), "CL-" + child.value());
        return child;
    }
}
