package canary.event01.socialcare.api.event;

import canary.event01.kernel.event.PublishedEvent;

@PublishedEvent(name = "social-care.child-entered-care")
public record ChildEnteredCare(String childId) {}
