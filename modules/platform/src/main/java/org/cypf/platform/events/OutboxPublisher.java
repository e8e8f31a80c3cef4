package org.cypf.platform.events;

import static org.cypf.platform.events.OutboxTables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 */
public final class OutboxPublisher implements IntegrationEvents {
    private final String sourceContext;

    public OutboxPublisher(String sourceContext) {
        this.sourceContext = sourceContext;
    }

    @Override
    public void publish(IntegrationEvent event) {
        PublishedEvent published = EventSubscription.published(event.getClass());
        String payload;
        try {
            payload = JsonMapping.events().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + published.name(), e);
        }
        CurrentTransaction.dsl()
                .insertInto(OUTBOX)
                .set(EVENT_ID, UUID.randomUUID())
                .set(EVENT_NAME, published.name())
                .set(EVENT_VERSION, published.version())
                .set(SOURCE_CONTEXT, sourceContext)
                .set(AGGREGATE_ID, event.aggregateId())
                .set(PAYLOAD, JSONB.valueOf(payload))
                .execute();
    }
}
