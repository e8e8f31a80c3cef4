package canary.event02.socialcare.api.lookedafter;

import canary.event02.kernel.event.PublishedEvent;

/** Breach: a published event outside the api's event package. */
@PublishedEvent(name = "social-care.placement-changed")
public record BreachEventOutsideTheEventPackage(String childId) {}
