package org.cypf.platform.events;

/** Handles one event inside the subscriber's own transaction; throwing rolls it back and schedules a retry. */
@FunctionalInterface
public interface EventHandler<E> {
    void handle(E event, EventMetadata metadata);
}
