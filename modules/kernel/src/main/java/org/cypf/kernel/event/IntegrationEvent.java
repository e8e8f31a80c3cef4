package org.cypf.kernel.event;

/**
 * A fact one context publishes for others, as part of its published language (its api artifact).
 * Implementations are records annotated with {@link PublishedEvent}; they carry identifiers and the facts
 * subscribers need, and nothing a subscriber could use to reach into the publisher's internals.
 */
public interface IntegrationEvent {

    /** The aggregate this fact is about; each subscriber receives the events of one aggregate in order. */
    String aggregateId();
}
