package org.cypf.educationskills.api.virtualschool;

import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;

public record RecordChildLeftCare(ChildId childId, LocalDate leftCareOn) {}
