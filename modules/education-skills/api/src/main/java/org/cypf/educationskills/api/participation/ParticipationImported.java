package org.cypf.educationskills.api.participation;

/** What one participation import did: rows read, young people seen for the first time, months added, replaced, unchanged. */
public record ParticipationImported(int rows, int newPupils, int added, int replaced, int unchanged) {}
