package canary.ctx09.socialcare.api.event;

import canary.ctx09.kernel.event.PublishedEvent;

@PublishedEvent(name = "social-care.child-entered-care")
public record ChildEnteredCare(String childId) {}
