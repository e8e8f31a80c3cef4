package org.cypf.educationskills.api.exclusions;

/** What an import did: rows read, pupils seen for the first time, exclusions added, replaced and left unchanged. */
public record ExclusionsImported(int rows, int newPupils, int added, int replaced, int unchanged) {}
