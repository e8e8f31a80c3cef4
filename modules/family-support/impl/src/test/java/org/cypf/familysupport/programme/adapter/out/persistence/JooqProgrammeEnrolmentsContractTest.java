package org.cypf.familysupport.programme.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.familysupport.programme.port.ProgrammeEnrolmentsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ programme enrolments on a real PostgreSQL (family support's role and schema) pass the store's suite. */
class JooqProgrammeEnrolmentsContractTest extends ProgrammeEnrolmentsContract {
    private static ContextDatabase familySupport;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("programme enrolments contract");
        familySupport = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "family_support", 4);
    }

    @AfterAll
    static void close() {
        if (familySupport != null) {
            familySupport.close();
        }
    }

    @Override
    protected ProgrammeEnrolments enrolments() {
        return new JooqProgrammeEnrolments(familySupport);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return familySupport.inTransaction(work);
    }
}
