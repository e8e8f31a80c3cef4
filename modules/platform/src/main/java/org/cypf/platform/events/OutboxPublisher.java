package org.cypf.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.db.RenderedQuery;
import org.cypf.platform.json.JsonMapping;

/**
 * Writes a context's integration events to {@code platform.outbox} in the transaction of the change that
 * produced them: if the change rolls back, so does the event; if it commits, the dispatcher will deliver it.
 *
 * <p>A publisher is bound to one context's name, given once by the context's assembly class (ADR 0014). It publishes
 * only that context's own events, those whose published name starts with {@code <context>.}; it refuses another
 * context's event with {@link ForeignEvent} before writing anything, so no context can announce a fact in another's name.
 */
public final class OutboxPublisher implements IntegrationEvents {
    /** Rendered once (ADR 0124): written with every change that publishes, and by imports tens of thousands a time. */
    private static final RenderedQuery<org.jooq.Record> INSERT = RenderedQuery.sql("""
            insert into platform.outbox (event_id, event_name, event_version, source_context, aggregate_id, payload)
            select e.event_id, e.event_name, e.event_version, ?, e.aggregate_id, e.payload::jsonb
              from unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[])
                   with ordinality as e(event_id, event_name, event_version, aggregate_id, payload, seq)
             order by e.seq""", 6);

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
     * Writes the events in order, as one statement of six array parameters unnested in order, whatever their number:
     * a bulk import's tens of thousands of events were multi-row inserts of a thousand rows, six bind values each,
     * every one rendered and bound by jOOQ (the largest cost of storing an SSDA903 file, ADR 0109). Every event is
     * checked to be this context's before any is written.
     */
    @Override
    public void publishAll(java.util.List<? extends IntegrationEvent> events) {
        int n = events.size();
        if (n == 0) {
            return;
        }
        UUID[] eventId = new UUID[n];
        String[] eventName = new String[n];
        Integer[] eventVersion = new Integer[n];
        String[] aggregateId = new String[n];
        String[] payload = new String[n];
        for (int i = 0; i < n; i++) {
            IntegrationEvent event = events.get(i);
            PublishedEvent published = EventSubscription.published(event.getClass());
            if (!published.name().startsWith(sourceContext + ".")) {
                throw new ForeignEvent(sourceContext, published.name());
            }
            try {
                payload[i] = JsonMapping.events().writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + published.name(), e);
            }
            eventId[i] = UUID.randomUUID();
            eventName[i] = published.name();
            eventVersion[i] = published.version();
            aggregateId[i] = event.aggregateId();
        }
        // Positions are taken in the order rows are inserted: "with ordinality ... order by" keeps the events' order,
        // on which delivery per aggregate rests. A plain insert: contexts may not read the outbox back.
        INSERT.execute(CurrentTransaction.dsl(), sourceContext, eventId, eventName, eventVersion, aggregateId, payload);
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
