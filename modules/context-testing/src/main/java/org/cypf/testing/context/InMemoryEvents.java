package org.cypf.testing.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.events.EventHandler;
import org.cypf.platform.events.EventMetadata;
import org.cypf.platform.json.JsonMapping;

/**
 * The outbox, the dispatcher and the subscribers' inboxes in memory, for fast tests of publishers and subscribers
 * (ADR 0097); test code only. It passes {@code EventOutboxContract} as the PostgreSQL outbox does: an event is
 * written in the publisher's {@link InMemoryUnitOfWork} and kept only when it commits; it travels as JSON, as stored,
 * so a field the event's JSON loses is lost here too; each subscriber applies it once in a unit of work of its own
 * (its inbox and its handler's in-memory writes commit together), in publication order per aggregate, a failing event
 * holding back its aggregate's later ones until it succeeds; several dispatchers claim different chains' heads.
 */
public final class InMemoryEvents {
    private record Stored(EventMetadata metadata, String payload) {}

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    /** The outbox, in publication order; guarded by {@code this}. */
    private final List<Stored> outbox = new ArrayList<>();
    private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();
    /** Chains' heads being attempted by a dispatcher: subscriber id and aggregate; guarded by {@code this}. */
    private final Set<String> claimed = new HashSet<>();

    /** A publisher for the context {@code sourceContext} (kebab-case): it publishes only that context's events. */
    public IntegrationEvents publisher(String sourceContext) {
        Objects.requireNonNull(sourceContext, "sourceContext");
        return new IntegrationEvents() {
            @Override
            public void publish(IntegrationEvent event) {
                publishAll(List.of(event));
            }

            @Override
            public void publishAll(List<? extends IntegrationEvent> events) {
                List<Stored> rows = new ArrayList<>();
                for (IntegrationEvent event : events) {
                    PublishedEvent published = published(event.getClass());
                    if (!published.name().startsWith(sourceContext + ".")) {
                        throw new IllegalArgumentException("the " + sourceContext + " context may publish only its own"
                                + " events; " + published.name() + " is another context's event");
                    }
                    String payload;
                    try {
                        payload = JsonMapping.events().writeValueAsString(event);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("cannot serialise " + published.name(), e);
                    }
                    rows.add(new Stored(new EventMetadata(UUID.randomUUID(), published.name(), published.version(),
                            sourceContext, event.aggregateId(), Instant.now(), 0), payload));
                }
                InMemoryUnitOfWork.current().onCommit(() -> append(rows));
            }
        };
    }

    private synchronized void append(List<Stored> rows) {
        for (Stored row : rows) {
            EventMetadata m = row.metadata();
            outbox.add(new Stored(new EventMetadata(m.eventId(), m.name(), m.version(), m.sourceContext(),
                    m.aggregateId(), m.occurredAt(), outbox.size() + 1L), row.payload()));
        }
    }

    /** A subscriber under a stable id, to which handlers are added with {@link Subscriber#on}. */
    public synchronized Subscriber subscriber(String subscriberId) {
        if (subscribers.containsKey(subscriberId)) {
            throw new IllegalArgumentException("a subscriber is registered under " + subscriberId + " already");
        }
        Subscriber subscriber = new Subscriber(subscriberId);
        subscribers.put(subscriberId, subscriber);
        return subscriber;
    }

    /** A dispatcher: one poll at a time, {@link Dispatcher#dispatchOnce()}. Any number may poll at once. */
    public Dispatcher dispatcher() {
        return new Dispatcher();
    }

    /** Delivers again every event each subscriber has been delivered, as a broker does after a lost acknowledgement. */
    public void redeliverEverything() {
        record Redelivery(Subscriber subscriber, Stored event) {}
        List<Redelivery> again = new ArrayList<>();
        synchronized (this) {
            for (Subscriber subscriber : subscribers.values()) {
                for (Stored event : outbox) {
                    if (subscriber.completed.contains(event.metadata().position())) {
                        again.add(new Redelivery(subscriber, event));
                    }
                }
            }
        }
        again.forEach(r -> r.subscriber().applyOnce(r.event()));
    }

    /** Every event published and committed so far, oldest first. */
    public synchronized List<EventMetadata> published() {
        return outbox.stream().map(Stored::metadata).toList();
    }

    /** One subscriber: its handlers, its inbox, and which deliveries it has completed. */
    public final class Subscriber {
        private record Handling<E extends IntegrationEvent>(Class<E> type, EventHandler<E> handler) {}

        private final String id;
        private final Map<String, Handling<?>> byEvent = new LinkedHashMap<>();
        /** Event ids applied: the inbox. Guarded by this subscriber. */
        private final Set<UUID> inbox = new HashSet<>();
        /** Outbox positions delivered successfully. Guarded by the events' monitor. */
        private final Set<Long> completed = new HashSet<>();

        private Subscriber(String id) {
            this.id = id;
        }

        public <E extends IntegrationEvent> Subscriber on(Class<E> type, EventHandler<E> handler) {
            PublishedEvent published = published(type);
            if (byEvent.put(published.name() + "@" + published.version(), new Handling<>(type, handler)) != null) {
                throw new IllegalArgumentException(id + " already handles " + published.name());
            }
            return this;
        }

        boolean handles(EventMetadata m) {
            return byEvent.containsKey(m.name() + "@" + m.version());
        }

        /** Applies the event once in effect: its inbox entry and the handler's in-memory writes commit together. */
        synchronized void applyOnce(Stored event) {
            EventMetadata m = event.metadata();
            unitOfWork.run(() -> {
                if (inbox.contains(m.eventId())) {
                    return;
                }
                dispatch(byEvent.get(m.name() + "@" + m.version()), event);
                InMemoryUnitOfWork.current().onCommit(() -> inbox.add(m.eventId()));
            });
        }

        private <E extends IntegrationEvent> void dispatch(Handling<E> handling, Stored event) {
            E read;
            try {
                read = JsonMapping.events().readValue(event.payload(), handling.type());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("payload does not match " + handling.type().getSimpleName(), e);
            }
            handling.handler().handle(read, event.metadata());
        }
    }

    /** One application instance's polling of the in-memory outbox. */
    public final class Dispatcher {
        private record Head(Subscriber subscriber, Stored event) {
            String chain() {
                return subscriber.id + "#" + event.metadata().aggregateId();
            }
        }

        private Dispatcher() {}

        /**
         * One poll: attempts the head of each (subscriber, aggregate) chain no other dispatcher holds, then the heads
         * that became due as earlier ones completed; each delivery at most once per poll. Returns how many it attempted.
         */
        public int dispatchOnce() {
            Set<String> attempted = new HashSet<>();
            while (true) {
                List<Head> due = claimDueHeads(attempted);
                if (due.isEmpty()) {
                    return attempted.size();
                }
                for (Head head : due) {
                    boolean done;
                    try {
                        head.subscriber().applyOnce(head.event());
                        done = true;
                    } catch (RuntimeException failure) {
                        done = false; // stays the chain's head, tried again at a later poll
                    }
                    synchronized (InMemoryEvents.this) {
                        if (done) {
                            head.subscriber().completed.add(head.event().metadata().position());
                        }
                        claimed.remove(head.chain());
                    }
                }
            }
        }

        private List<Head> claimDueHeads(Set<String> attempted) {
            synchronized (InMemoryEvents.this) {
                List<Head> due = new ArrayList<>();
                for (Subscriber subscriber : subscribers.values()) {
                    Set<String> chainsSeen = new HashSet<>();
                    for (Stored event : outbox) {
                        EventMetadata m = event.metadata();
                        if (!subscriber.handles(m) || subscriber.completed.contains(m.position())
                                || !chainsSeen.add(m.aggregateId())) {
                            continue; // not this subscriber's, done, or behind its chain's head
                        }
                        Head head = new Head(subscriber, event);
                        if (!claimed.contains(head.chain()) && attempted.add(subscriber.id + "#" + m.position())) {
                            claimed.add(head.chain());
                            due.add(head);
                        }
                    }
                }
                return due;
            }
        }
    }

    private static PublishedEvent published(Class<?> type) {
        PublishedEvent annotation = type.getAnnotation(PublishedEvent.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @PublishedEvent");
        }
        return annotation;
    }
}
