package org.cypf.educationskills.virtualschool.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.memory.InMemoryAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRollContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory roll passes the store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryVirtualSchoolRollContractTest extends VirtualSchoolRollContract {
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryVirtualSchoolRoll roll = new InMemoryVirtualSchoolRoll(attendance);

    @Override
    protected VirtualSchoolRoll roll() {
        return roll;
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
