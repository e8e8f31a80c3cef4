package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan starts, as its initial conference decided.
 *
 * @param category CIN census category of abuse: NEG, PHY, SAB, EMO or MUL (required)
 */
public record StartPlan(UUID enquiryId, LocalDate startDate, String category) {}
