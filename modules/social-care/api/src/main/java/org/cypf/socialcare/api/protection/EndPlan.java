package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan ends.
 *
 * @param reason NO_LONGER_AT_RISK, BECAME_LOOKED_AFTER, TRANSFERRED_TO_ANOTHER_AUTHORITY, REACHED_18, DIED or OTHER
 */
public record EndPlan(UUID planId, LocalDate endDate, String reason, long version) {}
