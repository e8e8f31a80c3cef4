package canary.event01.socialcare.frontdoor.adapter.in.event;

import canary.event01.familysupport.api.event.EarlyHelpSteppedUp;

/** Allowed: the subscriber names family support's event, to subscribe to it. */
public class OnEarlyHelpSteppedUp {
    public void on(EarlyHelpSteppedUp event) {
    }
}
