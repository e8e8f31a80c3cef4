package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarksContract;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ watermarks on a real PostgreSQL (education's role and schema) pass the port's contract suite (ADR 0106). */
class JooqImportWatermarksContractTest extends ImportWatermarksContract {
    private static ContextDatabase education;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("import watermarks contract");
        education = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "education_skills", 4);
    }

    @AfterAll
    static void close() {
        if (education != null) {
            education.close();
        }
    }

    @Override
    protected ImportWatermarks watermarks() {
        return new JooqImportWatermarks(education);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return education.inTransaction(work);
    }
}
