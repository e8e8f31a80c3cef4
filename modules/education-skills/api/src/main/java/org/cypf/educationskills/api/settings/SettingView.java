package org.cypf.educationskills.api.settings;

/** A setting as GIAS names it; {@code trust} and {@code postcode} are null when GIAS gives none. */
public record SettingView(int urn, String name, String typeOfEstablishment, String phaseOfEducation, String trust,
                          String postcode, long version) {}
