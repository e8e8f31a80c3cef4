package org.cypf.healthwellbeing.api.childrenincare;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/** A child entered care (as social care published it): health's duty to assess their health starts. */
public record RegisterEntryToCare(String childId, UUID periodId, @Sensitive(PERSONAL) LocalDate dateOfBirth,
                                  LocalDate enteredCareOn) {}
