package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.lookedafter.port.UascRecordsContract;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ UASC records on a real PostgreSQL (social care's role and schema) pass the record store's suite
 * (ADR 0097); the children they are of are inserted first.
 */
class JooqUascRecordsContractTest extends UascRecordsContract {
    private static ContextDatabase socialCare;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("uasc records contract");
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
    protected UascRecords records() {
        return new JooqUascRecords(socialCare);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return socialCare.inTransaction(work);
    }

    @Override
    protected ChildId aChild() {
        ChildId child = ChildId.newId();
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) values (?, ?, '2010-05-01', '1')",
                child.value(), "UA-" + child.value());
        return child;
    }
}
