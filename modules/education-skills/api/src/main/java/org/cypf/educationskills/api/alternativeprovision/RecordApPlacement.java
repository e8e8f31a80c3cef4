package org.cypf.educationskills.api.alternativeprovision;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * A pupil's placement in alternative provision, as the school census's AP placement module records it.
 *
 * @param providerUrn     the provider's URN (six digits), required for a registered school (a pupil referral unit, an AP
 *                        academy or free school, an independent school)
 * @param providerUkprn   the provider's UK provider reference number (eight digits, from 10000000), for a college or an
 *                        unregistered provider without a URN; one of the two is required
 * @param settingType     {@code PUPIL_REFERRAL_UNIT}, {@code AP_ACADEMY}, {@code AP_FREE_SCHOOL},
 *                        {@code INDEPENDENT_SCHOOL}, {@code FURTHER_EDUCATION_COLLEGE} or {@code UNREGISTERED_PROVIDER}
 * @param reason          {@code PERMANENT_EXCLUSION}, {@code SUSPENSION}, {@code OFF_SITE_DIRECTION},
 *                        {@code HEALTH_NEEDS}, {@code SPECIAL_EDUCATIONAL_NEEDS}, {@code AWAITING_SCHOOL_PLACE} or
 *                        {@code OTHER}
 * @param endDate         the last day of the placement; none while it continues
 * @param sessionsPerWeek the sessions (half days) a week the pupil attends the provider, 1 to 10
 */
public record RecordApPlacement(@Sensitive(PERSONAL) String upn, @Nullable Integer providerUrn,
                                @Nullable Integer providerUkprn, String settingType, String reason,
                                LocalDate startDate, @Nullable LocalDate endDate, Integer sessionsPerWeek) {}
