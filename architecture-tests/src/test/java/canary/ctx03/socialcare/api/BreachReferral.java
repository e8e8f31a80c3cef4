package canary.ctx03.socialcare.api;

import canary.ctx03.familysupport.api.BreachStepDown;

/** Breach: social care's api uses family support's api, which uses social care's api: a cycle. */
public record BreachReferral(String id, BreachStepDown stepDown) {}
