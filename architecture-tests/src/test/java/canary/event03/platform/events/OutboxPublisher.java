package canary.event03.platform.events;

/** Stands for the platform's outbox publisher, bound to a context's name. */
public class OutboxPublisher {
    public OutboxPublisher(String context) {
    }
}
