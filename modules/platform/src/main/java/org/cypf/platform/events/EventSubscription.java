package org.cypf.platform.events;


import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.json.JsonMapping;

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
    /** Written with every event applied: rendered once (ADR 0125). */
    private static final org.cypf.platform.db.RenderedQuery<org.jooq.Record> INBOX_ROW = org.cypf.platform.db.RenderedQuery
            .sql("insert into platform.inbox (subscriber_id, event_id) values (?, ?) on conflict do nothing", 2);

    private record Handling<E extends IntegrationEvent>(Class<E> type, EventHandler<E> handler) {}

    /**
     * Passes an event on, as stored, to somewhere else that delivers it (a message broker, ADR 0038). Forwarding may
     * happen more than once for one event; the subscribers behind it apply it once through their own inboxes.
     */
    @FunctionalInterface
    public interface Forwarder {
        void forward(EventMetadata metadata, String payloadJson);
    }

    private final String subscriberId;
    private final ContextDatabase database;
    private final Map<String, Handling<?>> byEvent = new LinkedHashMap<>();
    private final Set<String> forwardedEvents;
    private final Forwarder forwarder;

    private EventSubscription(String subscriberId, ContextDatabase database, Set<String> forwardedEvents,
                              Forwarder forwarder) {
        this.subscriberId = subscriberId;
        this.database = database;
        this.forwardedEvents = forwardedEvents;
        this.forwarder = forwarder;
    }

    /**
     * @param subscriberId a stable dotted kebab-case name such as {@code education-skills.virtual-school.children-in-care};
     *                     deliveries and the inbox are keyed on it, so renaming a class or method orphans nothing
     * @param database     the subscriber's own database: its inbox row and its change commit together
     */
    public static EventSubscription named(String subscriberId, ContextDatabase database) {
        Objects.requireNonNull(database, "database");
        return new EventSubscription(checkedId(subscriberId), database, Set.of(), null);
    }

    /**
     * A subscriber that handles nothing itself: it passes every event one of {@code forwarded} handles to
     * {@code forwarder}, in order per aggregate and with the dispatcher's retries, and keeps no inbox (forwarding
     * twice is harmless: the receivers' inboxes make the second a no-op). The outbox relay to a broker is one.
     */
    public static EventSubscription forwarding(String subscriberId, Collection<EventSubscription> forwarded,
                                               Forwarder forwarder) {
        Objects.requireNonNull(forwarder, "forwarder");
        Set<String> events = new LinkedHashSet<>();
        forwarded.forEach(s -> events.addAll(s.handledEvents()));
        return new EventSubscription(checkedId(subscriberId), null, Set.copyOf(events), forwarder);
    }

    private static String checkedId(String subscriberId) {
        if (subscriberId == null || !subscriberId.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
            throw new IllegalArgumentException("subscriber ids are dotted kebab-case names, e.g. context.purpose.action");
        }
        return subscriberId;
    }

    /** Handles events of {@code type} (matched by its {@link PublishedEvent} name and version). */
    public <E extends IntegrationEvent> EventSubscription on(Class<E> type, EventHandler<E> handler) {
        Objects.requireNonNull(handler, "handler");
        if (forwarder != null) {
            throw new IllegalStateException(subscriberId + " forwards events; it handles none itself");
        }
        if (byEvent.put(key(published(type)), new Handling<>(type, handler)) != null) {
            throw new IllegalArgumentException(subscriberId + " already handles " + published(type).name());
        }
        return this;
    }

    public String subscriberId() {
        return subscriberId;
    }

    /** The events this subscriber receives, each as {@code name@version}. */
    public Set<String> handledEvents() {
        return forwarder != null ? forwardedEvents : Set.copyOf(byEvent.keySet());
    }

    boolean handles(String eventName, int version) {
        return handledEvents().contains(eventName + "@" + version);
    }

    /**
     * Applies one delivered event exactly once in effect: in one transaction of the subscriber's database, its inbox
     * row and its handler's change commit together, and an event whose inbox row exists already is skipped. Whoever
     * delivers (the in-database dispatcher or a broker's consumer) calls this, so both keep the same guarantee.
     * A forwarding subscriber forwards instead.
     */
    public void applyOnce(EventMetadata metadata, String payloadJson) {
        if (forwarder != null) {
            forwarder.forward(metadata, payloadJson);
            return;
        }
        PayloadReader payload = new PayloadReader() {
            @Override
            public <E> E read(Class<E> type) {
                try {
                    return JsonMapping.events().readValue(payloadJson, type);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("payload does not match " + type.getSimpleName(), e);
                }
            }
        };
        database.run(() -> {
            int fresh = INBOX_ROW.execute(CurrentTransaction.dsl(), subscriberId, metadata.eventId());
            if (fresh == 1) { // an inbox row means a previous delivery already took effect
                handle(metadata.name(), metadata.version(), payload, metadata);
            }
        });
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
