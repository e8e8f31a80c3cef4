package org.cypf.educationskills.api.settings;

/** What one register import did: rows read, settings added, changed, and found as they were. */
public record SettingsImported(int rows, int added, int changed, int unchanged) {}
