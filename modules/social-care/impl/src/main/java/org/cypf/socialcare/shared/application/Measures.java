package org.cypf.socialcare.shared.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;

/**
 * How social care's measures are given: percentages rounded half up to one decimal place with their
 * numerator and denominator (0 of 0 gives 0), counts without, and "the 12 months to the date" as the day a year
 * before the date excluded and the date included.
 */
public final class Measures {
    /** The context the measures' provenance names. */
    /** Social care as the source named in a measure's provenance. */
    public static final String SOURCE = "social-care";

    private Measures() {}

    /** The first day of the 12 months to {@code asAt}. */
    public static LocalDate yearTo(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }

    public static MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator,
                                          String definition, Clock clock) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, numerator, denominator, provenance(definition, clock));
    }

    public static MeasureValue count(String key, LocalDate asAt, long count, String definition, Clock clock) {
        return new MeasureValue(key, asAt, BigDecimal.valueOf(count), null, null, provenance(definition, clock));
    }

    /** A mean rounded half up to one decimal place, with the total as numerator and the number of cases as denominator. */
    public static MeasureValue mean(String key, LocalDate asAt, long total, long cases, String definition, Clock clock) {
        BigDecimal value = cases == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, total, cases, provenance(definition, clock));
    }

    private static Provenance provenance(String definition, Clock clock) {
        return new Provenance(SOURCE, definition, clock.instant());
    }
}
