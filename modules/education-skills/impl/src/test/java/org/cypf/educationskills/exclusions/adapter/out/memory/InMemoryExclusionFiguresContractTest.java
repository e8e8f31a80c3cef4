package org.cypf.educationskills.exclusions.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.attendance.adapter.out.memory.InMemoryAttendanceRecords;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.exclusions.port.ExclusionFigures;
import org.cypf.educationskills.exclusions.port.ExclusionFiguresContract;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.virtualschool.adapter.out.memory.InMemoryVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory exclusion figures pass the figures' suite (ADR 0097) over the in-memory exclusions, roll and terms. */
class InMemoryExclusionFiguresContractTest extends ExclusionFiguresContract {
    private final InMemoryExclusionRecords exclusions = new InMemoryExclusionRecords();
    private final InMemoryAttendanceRecords attendance = new InMemoryAttendanceRecords();
    private final InMemoryVirtualSchoolRoll roll = new InMemoryVirtualSchoolRoll(attendance);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ExclusionRecords exclusions() {
        return exclusions;
    }

    @Override
    protected VirtualSchoolRoll roll() {
        return roll;
    }

    @Override
    protected AttendanceRecords attendance() {
        return attendance;
    }

    @Override
    protected ExclusionFigures figures() {
        return new InMemoryExclusionFigures(exclusions, roll, attendance);
    }

    /** The settings the suite names are held, as the register would hold them. */
    @Override
    protected void registerSetting(int urn) {
        exclusions.holdSetting(urn);
        attendance.holdSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
