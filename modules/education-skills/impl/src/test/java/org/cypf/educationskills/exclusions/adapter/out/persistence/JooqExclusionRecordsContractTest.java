package org.cypf.educationskills.exclusions.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.exclusions.port.ExclusionRecordsContract;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ exclusions on a real PostgreSQL (education's role and schema) pass the record store's suite (ADR 0097). */
class JooqExclusionRecordsContractTest extends ExclusionRecordsContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("exclusion records contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ExclusionRecords exclusions() {
        return new JooqExclusionRecords(database.education());
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
