package org.cypf.governance.strategy.domain;

/** Which way is better for a measure. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Context measures (e.g. the number of children in care, where the right number is the safe one). */
    NEITHER
}
