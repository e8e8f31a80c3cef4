package org.cypf.familysupport.api.earlyhelp;

/** The outcome at closure under a headline with a need: ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED. */
public record HeadlineOutcome(String headline, String outcome) {}
