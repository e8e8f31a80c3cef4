package org.cypf.educationskills.api.virtualschool;

import java.time.LocalDate;

/** A suspension or permanent exclusion on a child in care's education record. */
public record ChildInCareExclusionView(String exclusionId, String childId, int urn, String category, String reason,
                                       LocalDate startDate, Integer sessions) {}
