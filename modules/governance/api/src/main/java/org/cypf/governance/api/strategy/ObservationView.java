package org.cypf.governance.api.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ObservationView(String measureId, String breakdown, LocalDate periodStart, LocalDate asAt,
                              String periodLabel, BigDecimal value, Long numerator, Long denominator, String status,
                              String source, String submittedBy, Instant submittedAt) {}
