package org.cypf.socialcare.api.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A child and family assessment of a referral starts (CIN census AssessmentActualStartDate). */
public record StartAssessment(UUID referralId, LocalDate startDate) {}
