package canary.diagram01.educationskills.virtualschool.adapter.in.event;

import canary.diagram01.socialcare.api.ChildBecameLookedAfter;

/** Allowed: drawn in the diagram (educationskills --> socialcare). */
public class OnChildBecameLookedAfter {
    public void on(ChildBecameLookedAfter event) {
    }
}
