package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The child stops being looked after.
 *
 * @param reasonCeased SSDA903 REC code other than X1 (e.g. E4A returned home as planned, E11 adopted)
 * @param version      the version of the period of care the caller read (optimistic locking)
 */
public record EndPeriodOfCare(UUID periodId, LocalDate endDate, String reasonCeased, long version) {}
