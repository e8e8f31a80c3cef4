package org.cypf.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;

/**
 * A subscriber in one context to events another context publishes: one stable logical name, one database, and a
 * handler per event it reads. Each subscriber receives the events of one aggregate in publication order across all
 * the event types it handles, so a consumer that must see "entered" before "left" is one subscriber, not two.
 *
 * <pre>{@code
 * EventSubscription.named("education-skills.virtual-school.children-in-care", database)
 *         .on(ChildEnteredCare.class, (event, meta) -> ...)
 *         .on(ChildLeftCare.class, (event, meta) -> ...);
 * }</pre>
 */
public final class EventSubscription {
    private record Handling<E extends IntegrationEvent>(Class<E> type, EventHandler<E> handler) {}

    private final String subscriberId;
    private final ContextDatabase database;
    private final Map<String, Handling<?>> byEvent = new LinkedHashMap<>();

    private EventSubscription(String subscriberId, ContextDatabase database) {
        this.subscriberId = subscriberId;
        this.database = database;
    }

    /**
     * @param subscriberId a stable dotted kebab-case name such as {@code education-skills.virtual-school.children-in-care};
     *                     deliveries and the inbox are keyed on it, so renaming a class or method orphans nothing
     * @param database     the subscriber's own database: its inbox row and its change commit together
     */
    public static EventSubscription named(String subscriberId, ContextDatabase database) {
        Objects.requireNonNull(database, "database");
        if (subscriberId == null || !subscriberId.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
            throw new IllegalArgumentException("subscriber ids are dotted kebab-case names, e.g. context.purpose.action");
        }
        return new EventSubscription(subscriberId, database);
    }

    /** Handles events of {@code type} (matched by its {@link PublishedEvent} name and version). */
    public <E extends IntegrationEvent> EventSubscription on(Class<E> type, EventHandler<E> handler) {
        Objects.requireNonNull(handler, "handler");
        if (byEvent.put(key(published(type)), new Handling<>(type, handler)) != null) {
            throw new IllegalArgumentException(subscriberId + " already handles " + published(type).name());
        }
        return this;
    }

    public String subscriberId() {
        return subscriberId;
    }

    ContextDatabase database() {
        return database;
    }

    boolean handles(String eventName, int version) {
        return byEvent.containsKey(eventName + "@" + version);
    }

    /** Reads {@code payload} as the event type registered for {@code eventName} and hands it to its handler. */
    void handle(String eventName, int version, PayloadReader reader, EventMetadata metadata) {
        Handling<?> handling = Optional.ofNullable(byEvent.get(eventName + "@" + version))
                .orElseThrow(() -> new IllegalStateException("the subscriber does not handle this event"));
        dispatch(handling, reader, metadata);
    }

    private static <E extends IntegrationEvent> void dispatch(Handling<E> handling, PayloadReader reader, EventMetadata metadata) {
        handling.handler().handle(reader.read(handling.type()), metadata);
    }

    /** Turns the stored payload into the subscriber's event type. */
    interface PayloadReader {
        <E> E read(Class<E> type);
    }

    static PublishedEvent published(Class<?> type) {
        PublishedEvent annotation = type.getAnnotation(PublishedEvent.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @PublishedEvent");
        }
        return annotation;
    }

    private static String key(PublishedEvent published) {
        return published.name() + "@" + published.version();
    }
}
