package org.cypf.educationskills.api.virtualschool;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;

/** A child entered care on {@code enteredCareOn}; {@code upn} is null when social care has none recorded. */
public record RegisterChildInCare(ChildId childId, @Sensitive(PERSONAL) UniquePupilNumber upn,
                                  @Sensitive(PERSONAL) LocalDate dateOfBirth, LocalDate enteredCareOn) {}
