package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.Comparator;
import java.util.List;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystem;

/**
 * A school information system held in memory, for fast tests of the import (ADR 0106); test code only, so production
 * never has a fake. It passes {@code SchoolInformationSystemContract} as the MariaDB adapter does.
 */
public final class InMemorySchoolInformationSystem implements SchoolInformationSystem {
    private final String name;
    private final List<SourceAttendance> attendance;
    private final List<SourceSuspension> suspensions;

    public InMemorySchoolInformationSystem(String name, List<SourceAttendance> attendance,
                                           List<SourceSuspension> suspensions) {
        this.name = name;
        this.attendance = attendance.stream().sorted(Comparator.comparing(SourceAttendance::changedAt)
                .thenComparingLong(SourceAttendance::rowId)).toList();
        this.suspensions = suspensions.stream().sorted(Comparator.comparing(SourceSuspension::changedAt)
                .thenComparingLong(SourceSuspension::rowId)).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<SourceAttendance> attendanceChangedAfter(Watermark after, int limit) {
        return attendance.stream().filter(r -> after.isBefore(r.changedAt(), r.rowId())).limit(limit).toList();
    }

    @Override
    public List<SourceSuspension> suspensionsChangedAfter(Watermark after, int limit) {
        return suspensions.stream().filter(r -> after.isBefore(r.changedAt(), r.rowId())).limit(limit).toList();
    }
}
