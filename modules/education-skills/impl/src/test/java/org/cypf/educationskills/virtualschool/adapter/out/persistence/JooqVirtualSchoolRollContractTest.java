package org.cypf.educationskills.virtualschool.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRollContract;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ roll on a real PostgreSQL (education's role and schema) passes the store's suite (ADR 0097). */
class JooqVirtualSchoolRollContractTest extends VirtualSchoolRollContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("virtual school roll contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return new JooqVirtualSchoolRoll(database.education());
    }

    @Override
    protected AttendanceRecords attendance() {
        return new JooqAttendanceRecords(database.education());
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
