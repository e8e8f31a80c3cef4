package org.cypf.educationskills.api.exclusions;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;

/**
 * A suspension ({@code SUSPENSION}, with its sessions) or permanent exclusion ({@code PERMANENT}), its DfE reason
 * code and the reason's words.
 */
public record ExclusionView(String exclusionId, @Sensitive(PERSONAL) String upn, int urn, String category,
                            String reason,
                            String reasonLabel, LocalDate startDate, Integer sessions) {}
