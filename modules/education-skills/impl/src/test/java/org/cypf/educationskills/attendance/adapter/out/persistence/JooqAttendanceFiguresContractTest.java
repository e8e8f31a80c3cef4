package org.cypf.educationskills.attendance.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.port.AttendanceFigures;
import org.cypf.educationskills.attendance.port.AttendanceFiguresContract;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ attendance figures on a real PostgreSQL (education's role and schema) pass the figures' suite (ADR 0097),
 * over terms the jOOQ store puts and children the jOOQ roll holds.
 */
class JooqAttendanceFiguresContractTest extends AttendanceFiguresContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("attendance figures contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected AttendanceRecords attendance() {
        return new JooqAttendanceRecords(database.education());
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return new JooqVirtualSchoolRoll(database.education());
    }

    @Override
    protected AttendanceFigures figures() {
        return new JooqAttendanceFigures(database.education());
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
