package canary.api03.familysupport.api;

import canary.api03.familysupport.familyhelp.domain.Plan;

/** Breach: the published api exposes the context's own domain. */
public record BreachPlanViewLeaksDomain(Plan plan) {}
