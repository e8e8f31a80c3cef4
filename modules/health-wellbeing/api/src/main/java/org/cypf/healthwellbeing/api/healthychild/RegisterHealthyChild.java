package org.cypf.healthwellbeing.api.healthychild;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;

/** A child registered with the healthy child programme: NHS number, partnership child id and date of birth. */
public record RegisterHealthyChild(@Sensitive(PERSONAL) String nhsNumber, String childId,
                                   @Sensitive(PERSONAL) LocalDate dateOfBirth) {}
