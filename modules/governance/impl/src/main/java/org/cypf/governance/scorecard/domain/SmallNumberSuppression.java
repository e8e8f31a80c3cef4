package org.cypf.governance.scorecard.domain;

import java.math.BigDecimal;

/**
 * Statistical disclosure control for aggregates shown to analysts and board members (ADR 0032): a count from 1 to
 * {@value #THRESHOLD} - 1 could identify a child in a small area, so it is not shown; a rate or percentage is not shown
 * either when its numerator or denominator is such a count, since it could be worked back. Zero is shown: it
 * discloses nobody. The rule follows the DfE's and ONS's practice of suppressing small counts in published statistics.
 */
public final class SmallNumberSuppression {
    /** Counts below this (and above zero) are suppressed. */
    public static final int THRESHOLD = 5;
    /** The data-quality flag, naming the rule, that a suppressed value carries instead of its number. */
    public static final String RULE = "SUPPRESSED-SMALL-NUMBER";

    private SmallNumberSuppression() {}

    /** Whether a line of {@code unit} with these value, numerator and denominator must be suppressed. */
    public static boolean applies(String unit, BigDecimal value, Long numerator, Long denominator) {
        if ("COUNT".equals(unit) && value != null && small(value.longValue()) && value.signum() > 0) {
            return true;
        }
        return (numerator != null && small(numerator)) || (denominator != null && small(denominator));
    }

    private static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
