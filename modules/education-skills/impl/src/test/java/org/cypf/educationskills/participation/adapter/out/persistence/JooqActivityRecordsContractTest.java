package org.cypf.educationskills.participation.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ActivityRecordsContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ activities on a real PostgreSQL (education's role and schema) pass the record store's suite (ADR 0097). */
class JooqActivityRecordsContractTest extends ActivityRecordsContract {
    private static ContextDatabase education;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("activity records contract");
        education = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "education_skills", 6);
    }

    @AfterAll
    static void close() {
        if (education != null) {
            education.close();
        }
    }

    @Override
    protected ActivityRecords records() {
        return new JooqActivityRecords(education);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return education.inTransaction(work);
    }
}
