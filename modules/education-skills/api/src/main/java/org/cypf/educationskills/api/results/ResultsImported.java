package org.cypf.educationskills.api.results;

/** What one results import did: rows read, pupils seen for the first time, results added, replaced, unchanged. */
public record ResultsImported(int rows, int newPupils, int added, int replaced, int unchanged) {}
