package org.cypf.socialcare.api.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The CIN episode a referral opened closes.
 *
 * @param reason  CIN census reason for closure RC1-RC9 (e.g. RC8 no further action after assessment)
 * @param version the version of the referral the caller read (optimistic locking)
 */
public record CloseReferral(UUID referralId, LocalDate closureDate, String reason, long version) {}
