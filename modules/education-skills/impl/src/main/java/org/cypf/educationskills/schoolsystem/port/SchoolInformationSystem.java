package org.cypf.educationskills.schoolsystem.port;

import java.util.List;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.domain.Watermark;

/**
 * A school information system's database, read only (ADR 0103): the rows of each feed changed after a watermark, in
 * (change time, row id) order, at most {@code limit} at a time.
 */
public interface SchoolInformationSystem {
    /** The name the watermarks are kept under, e.g. {@code brook-mis}. */
    String name();

    List<SourceAttendance> attendanceChangedAfter(Watermark after, int limit);

    List<SourceSuspension> suspensionsChangedAfter(Watermark after, int limit);
}
