package canary.ctx09.educationskills.virtualschool.adapter.in.event;

import canary.ctx09.governance.api.access.Caller;
import canary.ctx09.socialcare.api.lookedafter.ChildrenLookedAfter;
import canary.ctx09.socialcare.api.lookedafter.StartCare;

/** Breach: a subscriber drives social care's own use case, which is neither an event nor a query port. */
public class BreachSubscriberStartsCare {
    public void on(ChildrenLookedAfter socialCare, Caller caller, String child) {
        socialCare.start(caller, new StartCare(child));
    }
}
