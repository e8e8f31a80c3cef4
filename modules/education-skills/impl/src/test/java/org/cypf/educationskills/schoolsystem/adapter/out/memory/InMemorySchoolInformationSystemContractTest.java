package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.List;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystem;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystemContract;

class InMemorySchoolInformationSystemContractTest extends SchoolInformationSystemContract {
    @Override
    protected SchoolInformationSystem holding(List<SourceAttendance> attendance, List<SourceSuspension> suspensions) {
        return new InMemorySchoolInformationSystem("memory-mis", attendance, suspensions);
    }
}
