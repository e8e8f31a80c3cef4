package org.cypf.socialcare.frontdoor.domain;

/** How a contact stands against the one-working-day decision timescale at the end of a date. */
public enum BreachStatus {
    /** Decided, but after the day the decision was due. */
    DECIDED_LATE,
    /** Not decided, and the decision was due before the date: the timescale is already breached. */
    UNDECIDED_PAST_DUE,
    /** Not decided, and the decision is due on the date: it breaches unless decided today. */
    UNDECIDED_DUE_TODAY
}
