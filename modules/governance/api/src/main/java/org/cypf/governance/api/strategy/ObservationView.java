package org.cypf.governance.api.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored value of a measure. {@code state} is DRAFT, SUBMITTED or APPROVED: only approved values reach the
 * scorecard (a measure without an owner has its values approved as they are stored).
 */
public record ObservationView(String measureId, String breakdown, LocalDate periodStart, LocalDate asAt,
                              String periodLabel, BigDecimal value, Long numerator, Long denominator, String status,
                              String source, String submittedBy, Instant submittedAt, String note, String state,
                              String approvedBy) {}
