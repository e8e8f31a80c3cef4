package org.cypf.governance.strategy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of a measure on a date, as the scorecard rules see it. */
public record MeasureValue(LocalDate asAt, BigDecimal value, boolean provisional) {}
