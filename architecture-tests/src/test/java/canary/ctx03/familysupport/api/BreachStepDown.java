package canary.ctx03.familysupport.api;

import canary.ctx03.socialcare.api.BreachReferral;

/** Breach: the other half of the api cycle. */
public record BreachStepDown(String id, BreachReferral from) {}
