package org.cypf.educationskills.virtualschool.application;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqTermDates;
import org.cypf.educationskills.settings.port.SchoolDayDeadlines;
import org.cypf.educationskills.settings.port.SchoolDayDeadlinesContract;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The virtual school's PEP due dates over the jOOQ roll and term dates on a real PostgreSQL pass the deadlines' suite
 * (ADR 0097), as they run in the application.
 */
class JooqPepDueDatesContractTest extends SchoolDayDeadlinesContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("school day deadlines contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SchoolDayDeadlines deadlines() {
        return new PepDueDates(roll(), new JooqTermDates(database.education(), WorkingDayCalendar.england()));
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return new JooqVirtualSchoolRoll(database.education());
    }

    @Override
    protected TermDatesHeld termDates() {
        return new JooqTermDates(database.education(), WorkingDayCalendar.england());
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
