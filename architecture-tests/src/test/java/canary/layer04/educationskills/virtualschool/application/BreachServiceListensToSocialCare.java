package canary.layer04.educationskills.virtualschool.application;

import canary.layer04.socialcare.api.ChildBecameLookedAfter;

/** Breach: the application handles another context's event; that is the job of adapter.in.event. */
public class BreachServiceListensToSocialCare {
    public void on(ChildBecameLookedAfter event) {
    }
}
