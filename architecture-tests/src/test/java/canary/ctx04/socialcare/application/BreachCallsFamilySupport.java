package canary.ctx04.socialcare.application;

import canary.ctx04.familysupport.application.BreachCallsSocialCare;

/** Breach: social care's implementation calls family support's implementation, which calls back. */
public class BreachCallsFamilySupport {
    public void stepDown(BreachCallsSocialCare familySupport) {
        familySupport.stepUp(this);
    }
}
