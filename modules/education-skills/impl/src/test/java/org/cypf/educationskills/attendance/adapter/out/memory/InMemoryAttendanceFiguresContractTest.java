package org.cypf.educationskills.attendance.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.port.AttendanceFigures;
import org.cypf.educationskills.attendance.port.AttendanceFiguresContract;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.virtualschool.adapter.out.memory.InMemoryVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory attendance figures pass the figures' suite (ADR 0097) over the in-memory terms and roll. */
class InMemoryAttendanceFiguresContractTest extends AttendanceFiguresContract {
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryVirtualSchoolRoll roll = new InMemoryVirtualSchoolRoll(attendance);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected AttendanceRecords attendance() {
        return attendance;
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return roll;
    }

    @Override
    protected AttendanceFigures figures() {
        return new InMemoryAttendanceFigures(attendance, roll);
    }

    /** The settings the suite names are held, as the register would hold them. */
    @Override
    protected void registerSetting(int urn) {
        attendance.holdSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
