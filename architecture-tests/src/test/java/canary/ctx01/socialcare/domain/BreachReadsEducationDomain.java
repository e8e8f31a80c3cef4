package canary.ctx01.socialcare.domain;

import canary.ctx01.educationskills.domain.Pupil;

/** Breach: social care's domain uses education's domain instead of education's api. */
public record BreachReadsEducationDomain(Pupil pupil) {}
