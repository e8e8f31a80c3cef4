package canary.ctx01.socialcare.casework.domain;

import canary.ctx01.educationskills.virtualschool.domain.Pupil;

/** Breach: social care's domain uses education's domain instead of education's api. */
public record BreachReadsEducationDomain(Pupil pupil) {}
