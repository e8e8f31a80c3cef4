package org.cypf.educationskills.api.alternativeprovision;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * One placement in alternative provision, as recorded (see {@link RecordApPlacement} for the codes).
 *
 * @param settingTypeLabel the setting type in words, e.g. "pupil referral unit"
 * @param reasonLabel      the reason in words
 */
public record ApPlacementView(String placementId, @Sensitive(PERSONAL) String upn, @Nullable Integer providerUrn,
                              @Nullable Integer providerUkprn, String settingType, String settingTypeLabel,
                              String reason, String reasonLabel, LocalDate startDate, @Nullable LocalDate endDate,
                              int sessionsPerWeek) {}
