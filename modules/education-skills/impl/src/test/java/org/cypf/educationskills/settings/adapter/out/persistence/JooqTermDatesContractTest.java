package org.cypf.educationskills.settings.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.educationskills.settings.port.SchoolCalendarsContract;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.educationskills.settings.port.TermDatesHeldContract;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The jOOQ term dates on a real PostgreSQL (education's role and schema) pass the store's suite and the calendars'
 * suite (ADR 0097); the settings named and the pupils' attendance are registered first, as the register and the
 * census would hold them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqTermDatesContractTest {
    private PupilRecordsDatabase database;

    @BeforeAll
    void open() {
        database = PupilRecordsDatabase.fresh("term dates contract");
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private JooqTermDates termDates() {
        return new JooqTermDates(database.education(), WorkingDayCalendar.england());
    }

    @Nested
    class Held extends TermDatesHeldContract {
        @Override
        protected TermDatesHeld termDates() {
            return JooqTermDatesContractTest.this.termDates();
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

    @Nested
    class Calendars extends SchoolCalendarsContract {
        @Override
        protected SchoolCalendars calendars() {
            return JooqTermDatesContractTest.this.termDates();
        }

        @Override
        protected TermDatesHeld termDates() {
            return JooqTermDatesContractTest.this.termDates();
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
}
