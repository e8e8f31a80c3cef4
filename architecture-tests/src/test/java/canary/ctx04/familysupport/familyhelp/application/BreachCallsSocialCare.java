package canary.ctx04.familysupport.familyhelp.application;

import canary.ctx04.socialcare.casework.application.BreachCallsFamilySupport;

/** Breach: the other half of the cycle between implementations. */
public class BreachCallsSocialCare {
    public void stepUp(BreachCallsFamilySupport socialCare) {
    }
}
