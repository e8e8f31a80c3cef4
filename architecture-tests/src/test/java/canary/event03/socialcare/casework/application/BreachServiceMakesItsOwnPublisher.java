package canary.event03.socialcare.casework.application;

import canary.event03.platform.events.OutboxPublisher;

/** Breach: a use case makes its own publisher, under a name of its choosing. */
public class BreachServiceMakesItsOwnPublisher {
    private final OutboxPublisher events = new OutboxPublisher("family-support");
}
