package org.cypf.familysupport.api.earlyhelp;

/** A goal of the family plan, under a headline the assessment found a need under. */
public record PlanGoal(String headline, String goal) {}
