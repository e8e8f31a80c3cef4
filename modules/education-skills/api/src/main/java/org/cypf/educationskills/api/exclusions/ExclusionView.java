package org.cypf.educationskills.api.exclusions;

import java.time.LocalDate;

/**
 * A suspension ({@code SUSPENSION}, with its sessions) or permanent exclusion ({@code PERMANENT}), its DfE reason
 * code and the reason's words.
 */
public record ExclusionView(String exclusionId, String upn, int urn, String category, String reason,
                            String reasonLabel, LocalDate startDate, Integer sessions) {}
