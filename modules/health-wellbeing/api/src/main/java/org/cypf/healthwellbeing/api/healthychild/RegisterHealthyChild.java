package org.cypf.healthwellbeing.api.healthychild;

import java.time.LocalDate;

/** A child registered with the healthy child programme: NHS number, partnership child id and date of birth. */
public record RegisterHealthyChild(String nhsNumber, String childId, LocalDate dateOfBirth) {}
