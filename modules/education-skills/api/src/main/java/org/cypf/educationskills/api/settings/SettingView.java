package org.cypf.educationskills.api.settings;

import java.time.LocalDate;

/**
 * A setting as GIAS names it: {@code ukprn}, {@code trust}, {@code postcode}, {@code locality} (the administrative
 * ward), {@code inspectionOutcome} and {@code inspectedOn} (the latest Ofsted inspection) are null when GIAS gives
 * none.
 */
public record SettingView(int urn, Integer ukprn, String name, String typeOfEstablishment, String phaseOfEducation,
                          String trust, String postcode, String locality, String inspectionOutcome,
                          LocalDate inspectedOn, long version) {}
