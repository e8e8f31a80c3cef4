package org.cypf.educationskills.settings.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.memory.InMemoryAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.educationskills.settings.port.SchoolCalendarsContract;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.educationskills.settings.port.TermDatesHeldContract;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.testing.context.InMemoryUnitOfWork;
import org.junit.jupiter.api.Nested;

/** The in-memory term dates pass the store's suite and the calendars' suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryTermDatesContractTest {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryTermDates termDates = new InMemoryTermDates(attendance, WorkingDayCalendar.england());

    @Nested
    class Held extends TermDatesHeldContract {
        @Override
        protected TermDatesHeld termDates() {
            return termDates;
        }

        @Override
        protected <T> T inUnitOfWork(Supplier<T> work) {
            return unitOfWork.inTransaction(work);
        }
    }

    @Nested
    class Calendars extends SchoolCalendarsContract {
        @Override
        protected SchoolCalendars calendars() {
            return termDates;
        }

        @Override
        protected TermDatesHeld termDates() {
            return termDates;
        }

        @Override
        protected AttendanceRecords attendance() {
            return attendance;
        }

        @Override
        protected <T> T inUnitOfWork(Supplier<T> work) {
            return unitOfWork.inTransaction(work);
        }
    }
}
