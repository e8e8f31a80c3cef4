package org.cypf.healthwellbeing.childhealth.domain;

import java.math.BigDecimal;

/**
 * A child's weight category from their BMI centile (against the UK90 growth reference), by the national child
 * measurement programme's population monitoring thresholds: underweight at or below the 2nd centile, overweight at
 * or above the 85th, obese at or above the 95th, healthy weight between. Excess weight is overweight or obese.
 */
public enum WeightCategory {
    UNDERWEIGHT, HEALTHY_WEIGHT, OVERWEIGHT, OBESE;

    public static final BigDecimal UNDERWEIGHT_AT_OR_BELOW = new BigDecimal("2");
    public static final BigDecimal OVERWEIGHT_FROM = new BigDecimal("85");
    public static final BigDecimal OBESE_FROM = new BigDecimal("95");

    public static WeightCategory of(BigDecimal centile) {
        if (centile.compareTo(UNDERWEIGHT_AT_OR_BELOW) <= 0) {
            return UNDERWEIGHT;
        }
        if (centile.compareTo(OBESE_FROM) >= 0) {
            return OBESE;
        }
        return centile.compareTo(OVERWEIGHT_FROM) >= 0 ? OVERWEIGHT : HEALTHY_WEIGHT;
    }

    public boolean excess() {
        return this == OVERWEIGHT || this == OBESE;
    }
}
