package org.cypf.educationskills.shared.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.shared.port.PupilsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ pupils on a real PostgreSQL (education's role and schema) pass the store's suite (ADR 0097). */
class JooqPupilsContractTest extends PupilsContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("pupils contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Pupils pupils() {
        return new JooqPupils(database.education());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
