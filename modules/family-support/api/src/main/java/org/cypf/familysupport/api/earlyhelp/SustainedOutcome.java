package org.cypf.familysupport.api.earlyhelp;

/** Whether the outcome under a headline was sustained six months after closure. */
public record SustainedOutcome(String headline, boolean sustained) {}
