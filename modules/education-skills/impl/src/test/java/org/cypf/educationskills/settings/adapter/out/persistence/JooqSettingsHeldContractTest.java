package org.cypf.educationskills.settings.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.educationskills.settings.port.SettingsHeldContract;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ settings on a real PostgreSQL (education's role and schema) pass the store's suite (ADR 0097). */
class JooqSettingsHeldContractTest extends SettingsHeldContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("settings held contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SettingsHeld settings() {
        return new JooqSettingsHeld(database.education());
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return database.inUnitOfWork(work);
    }
}
