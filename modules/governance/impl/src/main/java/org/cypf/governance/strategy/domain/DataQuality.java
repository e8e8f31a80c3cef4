package org.cypf.governance.strategy.domain;

public enum DataQuality {
    /** No value on or before the scorecard's date. */
    MISSING,
    /** The latest value is older than the measure's frequency allows. */
    STALE,
    /** The latest value may still change. */
    PROVISIONAL,
    /** Computed by a context, but no context computes its key. */
    NO_SOURCE,
    /** The computing context failed to answer. */
    SOURCE_UNAVAILABLE,
    /** Computed over nobody (a percentage or rate whose denominator is 0): no value, not 0. */
    NOTHING_TO_COUNT
}
