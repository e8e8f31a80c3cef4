package org.cypf.socialcare.api.permanence;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * SSDA903 PrevPerm for a child starting to be looked after.
 *
 * @param code      PREV_PERM: P1 adoption, P2 special guardianship, P3 child arrangements order, P4 unknown, Z1 none
 * @param authority LA_PERM: the authority that made the order, when known
 * @param date      DATE_PERM: when the order was made
 */
public record RecordPreviousPermanence(UUID periodId, String code, @Nullable String authority,
                                       @Nullable LocalDate date, long version) {}
