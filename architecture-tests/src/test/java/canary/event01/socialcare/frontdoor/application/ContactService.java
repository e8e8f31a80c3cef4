package canary.event01.socialcare.frontdoor.application;

import canary.event01.socialcare.api.event.ChildEnteredCare;

/** Allowed: a context builds its own event. */
public class ContactService {
    public Object enter(String child) {
        return new ChildEnteredCare(child);
    }
}
