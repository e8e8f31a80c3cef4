package canary.ctx04.socialcare.casework.application;

import canary.ctx04.familysupport.familyhelp.application.BreachCallsSocialCare;

/** Breach: social care's implementation calls family support's implementation, which calls back. */
public class BreachCallsFamilySupport {
    public void stepDown(BreachCallsSocialCare familySupport) {
        familySupport.stepUp(this);
    }
}
