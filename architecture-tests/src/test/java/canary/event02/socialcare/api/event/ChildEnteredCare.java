package canary.event02.socialcare.api.event;

import canary.event02.kernel.event.PublishedEvent;

/** Allowed: in social care's api.event, named social-care.<fact>. */
@PublishedEvent(name = "social-care.child-entered-care")
public record ChildEnteredCare(String childId) {}
