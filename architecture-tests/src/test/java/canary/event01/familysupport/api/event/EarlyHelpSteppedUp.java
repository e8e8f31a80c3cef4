package canary.event01.familysupport.api.event;

import canary.event01.kernel.event.PublishedEvent;

@PublishedEvent(name = "family-support.early-help-stepped-up")
public record EarlyHelpSteppedUp(String familyId) {}
