package org.cypf.educationskills.results.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.results.port.ResultFigures;
import org.cypf.educationskills.results.port.ResultFiguresContract;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ results' figures on a real PostgreSQL (education's role and schema) pass the figures' suite (ADR 0097),
 * over results the jOOQ store puts.
 */
class JooqResultFiguresContractTest extends ResultFiguresContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("result figures contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ResultRecords results() {
        return new JooqResultRecords(database.education());
    }

    @Override
    protected ResultFigures figures() {
        return new JooqResultFigures(database.education());
    }

    @Override
    protected void registerPupil(UniquePupilNumber upn) {
        database.registerPupil(upn);
    }

    @Override
    protected void registerSetting(int urn) {
        database.registerSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
