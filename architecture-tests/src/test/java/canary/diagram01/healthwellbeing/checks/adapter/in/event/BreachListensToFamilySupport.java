package canary.diagram01.healthwellbeing.checks.adapter.in.event;

import canary.diagram01.familysupport.api.FamilyPlanAgreed;

/** Breach: legal through the api, but no arrow healthwellbeing --> familysupport is drawn in the diagram. */
public class BreachListensToFamilySupport {
    public void on(FamilyPlanAgreed event) {
    }
}
