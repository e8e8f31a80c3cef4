package canary.event01.socialcare.frontdoor.application;

import canary.event01.familysupport.api.event.EarlyHelpSteppedUp;

/** Breach: social care builds family support's event, as if it could announce family support's facts. */
public class BreachServiceAnnouncesFamilySupportsEvent {
    public Object stepUp(String family) {
        return new EarlyHelpSteppedUp(family);
    }
}
