package org.cypf.educationskills.virtualschool.application;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.memory.InMemoryAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.adapter.out.memory.InMemoryTermDates;
import org.cypf.educationskills.settings.port.SchoolDayDeadlines;
import org.cypf.educationskills.settings.port.SchoolDayDeadlinesContract;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.educationskills.virtualschool.adapter.out.memory.InMemoryVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The virtual school's PEP due dates over the in-memory roll and term dates pass the deadlines' suite (ADR 0097). */
class InMemoryPepDueDatesContractTest extends SchoolDayDeadlinesContract {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryVirtualSchoolRoll roll = new InMemoryVirtualSchoolRoll(attendance);
    private final InMemoryTermDates termDates = new InMemoryTermDates(attendance, WorkingDayCalendar.england());

    @Override
    protected SchoolDayDeadlines deadlines() {
        return new PepDueDates(roll, termDates);
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return roll;
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
