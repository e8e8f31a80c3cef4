package org.cypf.healthwellbeing.api.mentalhealth;

/**
 * What a load of self-harm admissions stored: the rows read, the figures added, those replacing figures already
 * held for the same year and age band, and the rows left aside (Fingertips' male and female rows and its 10-24
 * total, which CYPF computes from the bands).
 */
public record SelfHarmAdmissionsImported(int rows, int added, int replaced, int leftAside) {}
