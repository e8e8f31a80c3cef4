package canary.event02.healthwellbeing.api.event;

import canary.event02.kernel.event.PublishedEvent;

/** Breach: the published name does not start with the context's name. */
@PublishedEvent(name = "assessment-booked")
public record BreachUnprefixedEvent(String childId) {}
