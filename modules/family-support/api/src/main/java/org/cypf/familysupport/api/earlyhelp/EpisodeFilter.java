package org.cypf.familysupport.api.earlyhelp;

import org.cypf.kernel.contract.Nullable;

/**
 * Which episodes a list holds.
 *
 * @param status           OPEN or CLOSED; both when null
 * @param leadPractitioner only this lead practitioner's; everyone's when null
 */
public record EpisodeFilter(@Nullable String status, @Nullable String leadPractitioner) {}
