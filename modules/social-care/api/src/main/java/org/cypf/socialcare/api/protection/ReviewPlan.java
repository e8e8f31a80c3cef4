package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A child protection review conference.
 *
 * @param category the category of abuse the review changed the plan to, or null when unchanged
 */
public record ReviewPlan(UUID planId, LocalDate reviewDate, @Nullable String category, long version) {}
