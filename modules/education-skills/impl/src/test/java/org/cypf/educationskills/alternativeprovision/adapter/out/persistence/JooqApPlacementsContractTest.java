package org.cypf.educationskills.alternativeprovision.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements;
import org.cypf.educationskills.alternativeprovision.port.ApPlacementsContract;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ placements on a real PostgreSQL (education's role and schema) pass the store's suite (ADR 0097); the pupils
 * placed are held by education's own pupils store and the times in care by the virtual school's roll.
 */
class JooqApPlacementsContractTest extends ApPlacementsContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("alternative provision placements contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ApPlacements placements() {
        return new JooqApPlacements(database.education());
    }

    @Override
    protected Pupils pupils() {
        return new JooqPupils(database.education());
    }

    @Override
    protected void onRoll(VirtualSchoolRegistration registration) {
        database.inUnitOfWork(() -> {
            new JooqVirtualSchoolRoll(database.education()).add(registration);
            return null;
        });
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
