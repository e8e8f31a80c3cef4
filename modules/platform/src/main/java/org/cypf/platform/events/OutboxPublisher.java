package org.cypf.platform.events;

import static org.cypf.platform.events.OutboxTables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.json.JsonMapping;
import org.jooq.JSONB;

/**
 * Writes a context's integration events to {@code platform.outbox} in the transaction of the change that
 * produced them: if the change rolls back, so does the event; if it commits, the dispatcher will deliver it.
 *
 * <p>A publisher is bound to one context's name, given once by the context's assembly class (ADR 0014). It publishes
 * only that context's own events, those whose published name starts with {@code <context>.}; it refuses another
 * context's event with {@link ForeignEvent} before writing anything, so no context can announce a fact in another's name.
 */
public final class OutboxPublisher implements IntegrationEvents {
    private final String sourceContext;

    /** @param sourceContext the publishing context's name in kebab-case, e.g. {@code social-care} */
    public OutboxPublisher(String sourceContext) {
        Objects.requireNonNull(sourceContext, "sourceContext");
        if (!sourceContext.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a context's name is lower-case kebab-case, e.g. social-care: "
                    + sourceContext);
        }
        this.sourceContext = sourceContext;
    }

    /** The context whose events this publisher writes. */
    public String sourceContext() {
        return sourceContext;
    }

    /**
     * @throws ForeignEvent if {@code event} is not this context's own (its published name does not start with
     *                      {@code <context>.}); nothing is written
     */
    @Override
    public void publish(IntegrationEvent event) {
        publishAll(java.util.List.of(event));
    }

    /**
     * Writes the events in order in multi-row inserts of at most a thousand rows: one round trip for a thousand
     * events of a bulk import instead of a thousand. Every event is checked to be this context's before any is written.
     */
    @Override
    public void publishAll(java.util.List<? extends IntegrationEvent> events) {
        java.util.List<org.jooq.Row6<UUID, String, Integer, String, String, JSONB>> rows = new java.util.ArrayList<>();
        for (IntegrationEvent event : events) {
            PublishedEvent published = EventSubscription.published(event.getClass());
            if (!published.name().startsWith(sourceContext + ".")) {
                throw new ForeignEvent(sourceContext, published.name());
            }
            String payload;
            try {
                payload = JsonMapping.events().writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + published.name(), e);
            }
            rows.add(org.jooq.impl.DSL.row(UUID.randomUUID(), published.name(), published.version(), sourceContext,
                    event.aggregateId(), JSONB.valueOf(payload)));
        }
        for (int from = 0; from < rows.size(); from += 1_000) {
            CurrentTransaction.dsl()
                    .insertInto(OUTBOX, EVENT_ID, EVENT_NAME, EVENT_VERSION, SOURCE_CONTEXT, AGGREGATE_ID, PAYLOAD)
                    .valuesOfRows(rows.subList(from, Math.min(rows.size(), from + 1_000)))
                    .execute();
        }
    }

    /** A context tried to publish an event that is not its own: a programming error, never a user's. */
    public static final class ForeignEvent extends IllegalArgumentException {
        private final String publisher;
        private final String eventName;

        ForeignEvent(String publisher, String eventName) {
            super("the " + publisher + " context may publish only its own events (" + publisher + ".*); "
                    + eventName + " is another context's event");
            this.publisher = publisher;
            this.eventName = eventName;
        }

        public String publisher() {
            return publisher;
        }

        public String eventName() {
            return eventName;
        }
    }
}
