package canary.layer04.educationskills.virtualschool.port;

import canary.layer04.socialcare.api.ChildBecameLookedAfter;

/** Breach: a port of the application names another context's event; ports are held to the application's limits. */
public interface BreachRollPortListensToSocialCare {
    void record(ChildBecameLookedAfter event);
}
