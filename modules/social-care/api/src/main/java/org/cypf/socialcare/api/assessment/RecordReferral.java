package org.cypf.socialcare.api.assessment;

import java.time.LocalDate;
import org.cypf.socialcare.api.lookedafter.ChildDetails;

/**
 * A referral to children's social care.
 *
 * @param source CIN census referral source code (1A..10)
 */
public record RecordReferral(ChildDetails child, LocalDate referralDate, String source) {}
