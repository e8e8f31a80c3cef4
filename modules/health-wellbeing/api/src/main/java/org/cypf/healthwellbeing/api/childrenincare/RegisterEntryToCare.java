package org.cypf.healthwellbeing.api.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A child entered care (as social care published it): health's duty to assess their health starts. */
public record RegisterEntryToCare(String childId, UUID periodId, LocalDate dateOfBirth, LocalDate enteredCareOn) {}
