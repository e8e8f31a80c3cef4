package org.cypf.governance.api.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed measure value. For rates and percentages the numerator and denominator are given so a board can see
 * what the figure is made of; for counts they are null.
 */
public record MeasureValue(String measureKey, LocalDate asAt, BigDecimal value, Long numerator, Long denominator,
                           Provenance provenance) {
    public MeasureValue {
        Objects.requireNonNull(measureKey, "measureKey");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
