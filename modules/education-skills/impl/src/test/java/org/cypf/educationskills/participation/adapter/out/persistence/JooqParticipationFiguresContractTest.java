package org.cypf.educationskills.participation.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ParticipationFigures;
import org.cypf.educationskills.participation.port.ParticipationFiguresContract;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ participation figures on a real PostgreSQL (education's role and schema) pass the figures' suite
 * (ADR 0097), over activities the jOOQ store puts: one adapter is both.
 */
class JooqParticipationFiguresContractTest extends ParticipationFiguresContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("participation figures contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ActivityRecords records() {
        return new JooqActivityRecords(database.education());
    }

    @Override
    protected ParticipationFigures figures() {
        return new JooqActivityRecords(database.education());
    }

    @Override
    protected void registerPupil(UniquePupilNumber upn) {
        database.registerPupil(upn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
