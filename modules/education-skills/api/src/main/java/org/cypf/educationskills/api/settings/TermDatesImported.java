package org.cypf.educationskills.api.settings;

/**
 * What one term dates load did.
 *
 * @param rows            rows read (terms and holidays)
 * @param schoolYears     school years in the file, each a setting's or the local authority's
 * @param added           school years held for the first time
 * @param replaced        school years whose dates differed from those held, now replaced
 * @param unchanged       school years found as they were
 * @param pepDueDatesMoved open Personal Education Plans whose due date the new dates moved
 */
public record TermDatesImported(int rows, int schoolYears, int added, int replaced, int unchanged,
                                int pepDueDatesMoved) {}
