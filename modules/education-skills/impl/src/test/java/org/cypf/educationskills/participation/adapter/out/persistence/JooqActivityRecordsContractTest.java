package org.cypf.educationskills.participation.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ActivityRecordsContract;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ activities on a real PostgreSQL (education's role and schema) pass the record store's suite (ADR 0097). */
class JooqActivityRecordsContractTest extends ActivityRecordsContract {
    private static ContextDatabase education;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("activity records contract");
        education = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "education_skills", 6);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (education != null) {
            education.close();
            admin.close();
        }
    }

    @Override
    protected ActivityRecords records() {
        return new JooqActivityRecords(education);
    }

    /** Education's activities name a pupil it holds (a foreign key): the pupil is registered first. */
    @Override
    protected void registerPupil(UniquePupilNumber upn) {
        admin.execute("insert into education_skills.pupil (upn, child_id) values (?, gen_random_uuid())", upn.value());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return education.inTransaction(work);
    }
}
