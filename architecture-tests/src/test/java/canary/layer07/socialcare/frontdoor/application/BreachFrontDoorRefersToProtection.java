package canary.layer07.socialcare.frontdoor.application;

import canary.layer07.socialcare.protection.application.BreachProtectionReportsToFrontDoor;
import canary.layer07.socialcare.shared.domain.Child;

/** Breach: the front door uses child protection, which uses the front door: two capabilities in a circle. */
public class BreachFrontDoorRefersToProtection {
    public void refer(Child child, BreachProtectionReportsToFrontDoor protection) {
        protection.startEnquiry(child);
    }

    public void recordOutcome(Child child) {
    }
}
