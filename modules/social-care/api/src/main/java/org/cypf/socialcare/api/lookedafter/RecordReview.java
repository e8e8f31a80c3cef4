package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A looked-after review held (SSDA903 Reviews).
 *
 * @param participation REVIEW_CODE: PN0 for a child under 4; PN1-PN7 how the child took part otherwise
 */
public record RecordReview(UUID periodId, LocalDate date, String participation) {}
