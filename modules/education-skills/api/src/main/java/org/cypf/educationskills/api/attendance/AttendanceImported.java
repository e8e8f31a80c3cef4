package org.cypf.educationskills.api.attendance;

/** What one attendance import did: rows read, pupils seen for the first time, terms added, replaced, unchanged. */
public record AttendanceImported(int rows, int newPupils, int added, int replaced, int unchanged) {}
