package canary.event03.socialcare;

import canary.event03.platform.events.OutboxPublisher;

/** Allowed: the assembly class makes the publisher, with the name it states. */
public class SocialCareContext {
    public static final String NAME = "social-care";
    private final OutboxPublisher events = new OutboxPublisher(NAME);
}
