package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** After the assessment it was decided not to issue an EHC plan (SEN2 AssessmentOutcome N), notified on {@code decidedOn}. */
public record DecideNotToIssuePlan(UUID requestId, LocalDate decidedOn, long version) {}
