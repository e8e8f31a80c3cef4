package org.cypf.socialcare.api.permanence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param plan    REUNIFICATION, ADOPTION, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER or LONG_TERM_FOSTERING
 * @param version the version of the period's permanence record the caller read (0 before anything is recorded)
 */
public record DecidePermanencePlan(UUID periodId, LocalDate decidedOn, String plan, long version) {}
