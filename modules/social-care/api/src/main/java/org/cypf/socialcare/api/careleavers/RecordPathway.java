package org.cypf.socialcare.api.careleavers;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * @param pathwayPlanDate     the date of the latest pathway plan (or its review)
 * @param personalAdviser     the personal adviser's name
 * @param personalAdviserFrom the day the adviser took the young person on
 * @param version             the version read (0 before anything is recorded)
 */
public record RecordPathway(String childId, @Nullable LocalDate pathwayPlanDate, @Nullable String personalAdviser,
                            @Nullable LocalDate personalAdviserFrom, long version) {}
