package org.cypf.educationskills.api.alternativeprovision;

import java.time.LocalDate;

/** The end of a placement in alternative provision: its last day. */
public record EndApPlacement(String placementId, LocalDate endDate) {}
