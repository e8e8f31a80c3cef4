package org.cypf.educationskills.api.alternativeprovision;

/**
 * What one load of placements did: rows read, pupils seen for the first time, placements added, placements held
 * whose details the file changed (replaced), and placements found as they were.
 */
public record ApPlacementsImported(int rows, int newPupils, int added, int replaced, int unchanged) {}
