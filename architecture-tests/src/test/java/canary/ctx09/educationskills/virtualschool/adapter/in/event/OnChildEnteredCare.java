package canary.ctx09.educationskills.virtualschool.adapter.in.event;

import canary.ctx09.governance.api.access.Caller;
import canary.ctx09.socialcare.api.event.ChildEnteredCare;
import canary.ctx09.socialcare.api.query.Placement;

/** Allowed: a subscriber to social care's published event; governance's access language; a query port's record. */
public class OnChildEnteredCare {
    public void on(ChildEnteredCare event, Placement placement) {
        Caller system = new Caller("education-skills.virtual-school", "cypf");
    }
}
