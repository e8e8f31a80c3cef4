package org.cypf.governance.strategy.domain;

import java.time.Period;

/** How often a measure is expected to have a new value, and so when its latest value is stale. */
public enum Frequency {
    MONTHLY(Period.ofMonths(2)),
    QUARTERLY(Period.ofMonths(6)),
    TERMLY(Period.ofMonths(6)),
    ANNUAL(Period.ofMonths(18)),
    AD_HOC(null);

    private final Period staleAfter;

    Frequency(Period staleAfter) {
        this.staleAfter = staleAfter;
    }

    /** A value older than this on the scorecard's date is stale: one cycle missed, with a grace of one more. */
    public Period staleAfter() {
        return staleAfter;
    }
}
