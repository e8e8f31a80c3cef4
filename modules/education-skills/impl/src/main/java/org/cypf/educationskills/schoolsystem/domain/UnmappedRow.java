package org.cypf.educationskills.schoolsystem.domain;

/**
 * A row of the school information system that could not be imported, named by feed and the system's row id (never by
 * the pupil), with the rule it broke. It is imported once the school corrects it (the correction changes the row).
 *
 * @param column the system's column, or CYPF's import column when the import use case refused it
 */
public record UnmappedRow(String feed, long rowId, String column, String rule) {}
