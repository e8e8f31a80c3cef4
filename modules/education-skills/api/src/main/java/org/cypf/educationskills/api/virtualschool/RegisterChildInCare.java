package org.cypf.educationskills.api.virtualschool;

import java.time.LocalDate;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;

/** A child entered care on {@code enteredCareOn}; {@code upn} is null when social care has none recorded. */
public record RegisterChildInCare(ChildId childId, UniquePupilNumber upn, LocalDate dateOfBirth, LocalDate enteredCareOn) {}
