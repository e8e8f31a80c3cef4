package org.cypf.kernel.event;

/**
 * Where an application service hands over the events its change produced. The platform's implementation writes
 * them to the outbox in the caller's transaction, so an event exists if and only if the change committed.
 */
public interface IntegrationEvents {

    /** Must be called inside {@link org.cypf.kernel.transaction.UnitOfWork#inTransaction}. */
    void publish(IntegrationEvent event);

    /**
     * Publishes every event given, in order, as {@link #publish} would one by one; an implementation may write them
     * in fewer statements (a bulk import announces thousands). Must be called inside a unit of work.
     */
    default void publishAll(java.util.List<? extends IntegrationEvent> events) {
        events.forEach(this::publish);
    }
}
