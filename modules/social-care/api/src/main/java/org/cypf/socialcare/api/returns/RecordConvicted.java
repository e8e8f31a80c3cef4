package org.cypf.socialcare.api.returns;

import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import org.cypf.kernel.contract.Sensitive;

/**
 * CONVICTED of the SSDA903 OC2 file for a child looked after: whether, during the collection year starting 1 April
 * {@code year}, the child was convicted of an offence, or given a final warning or reprimand (a youth caution or
 * youth conditional caution since 2013). Replaces what was recorded for that year.
 *
 * @param childId   the child, as social care gives it
 * @param year      the collection year (2024 is 2024-25)
 * @param convicted true: convicted, warned or reprimanded in the year; false: not
 */
public record RecordConvicted(String childId, Integer year, @Sensitive(SOCIAL_CARE) Boolean convicted) {}
