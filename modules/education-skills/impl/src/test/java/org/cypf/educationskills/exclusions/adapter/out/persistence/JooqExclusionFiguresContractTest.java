package org.cypf.educationskills.exclusions.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.exclusions.port.ExclusionFigures;
import org.cypf.educationskills.exclusions.port.ExclusionFiguresContract;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ exclusion figures on a real PostgreSQL (education's role and schema) pass the figures' suite (ADR 0097),
 * over exclusions, the roll's copies and terms the jOOQ stores put.
 */
class JooqExclusionFiguresContractTest extends ExclusionFiguresContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("exclusion figures contract");
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
    protected VirtualSchoolRoll roll() {
        return new JooqVirtualSchoolRoll(database.education());
    }

    @Override
    protected AttendanceRecords attendance() {
        return new JooqAttendanceRecords(database.education());
    }

    @Override
    protected ExclusionFigures figures() {
        return new JooqExclusionFigures(database.education());
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
