package canary.event02.socialcare.api.event;

import canary.event02.kernel.event.PublishedEvent;

/** Breach: social care's event published under family support's name. */
@PublishedEvent(name = "family-support.step-up-requested")
public record BreachClaimsFamilySupportsName(String familyId) {}
