package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * @param childId the partnership-wide child identifier (kernel ChildId text)
 * @param kind    SSDA903 MISSING: M missing from placement, A away from placement without authorisation
 * @param endDate MIS_END, when the child is already back; null while they are not
 */
public record RecordMissingEpisode(String childId, String kind, LocalDate startDate, @Nullable LocalDate endDate) {}
