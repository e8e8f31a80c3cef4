package org.cypf.educationskills.attendance.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory terms pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryAttendanceRecordsContractTest extends AttendanceRecordsContract {
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected AttendanceRecords attendance() {
        return attendance;
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
