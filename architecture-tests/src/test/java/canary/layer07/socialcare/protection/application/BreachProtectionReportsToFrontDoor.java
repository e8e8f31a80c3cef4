package canary.layer07.socialcare.protection.application;

import canary.layer07.socialcare.frontdoor.application.BreachFrontDoorRefersToProtection;
import canary.layer07.socialcare.shared.domain.Child;

/** Breach: child protection calls back into the front door. */
public class BreachProtectionReportsToFrontDoor {
    private BreachFrontDoorRefersToProtection frontDoor;

    public void startEnquiry(Child child) {
        frontDoor.recordOutcome(child);
    }
}
