package org.cypf.testing.contract;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.EventMetadata;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * CYPF's outbox on a real PostgreSQL passes the events' contract suite (ADR 0097): social care's role publishes
 * through {@link OutboxPublisher} into {@code platform.outbox}, {@link EventDispatcher}s on the platform's role
 * deliver, and each {@link EventSubscription} applies an event in education's role with its row in
 * {@code platform.inbox}. Retries are due at once (no back-off), so the suite's "later" is the next poll.
 */
class OutboxOnPostgresContractTest extends EventOutboxContract {
    private TestDatabase.Target target;
    private ContextDatabase publisherDb;
    private ContextDatabase subscriberDb;
    private ContextDatabase platformDb;
    private final OutboxPublisher publisher = new OutboxPublisher("contract");
    private final List<EventSubscription> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        target = TestDatabase.fresh("event outbox contract");
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        publisherDb = ContextDatabase.open(settings, "social_care", 2);
        subscriberDb = ContextDatabase.open(settings, "education_skills", 6);
        platformDb = ContextDatabase.open(settings, "platform", 6);
    }

    @AfterEach
    void close() {
        publisherDb.close();
        subscriberDb.close();
        platformDb.close();
    }

    @Override
    protected IntegrationEvents publisher() {
        return publisher;
    }

    @Override
    protected void inPublishersUnitOfWork(Runnable work) {
        publisherDb.run(work);
    }

    @Override
    protected void subscribe(String subscriberId, BiConsumer<SomethingHappened, UUID> handler) {
        subscriptions.add(EventSubscription.named(subscriberId, subscriberDb)
                .on(SomethingHappened.class, (event, meta) -> handler.accept(event, meta.eventId())));
    }

    @Override
    protected Dispatcher newDispatcher() {
        EventDispatcher dispatcher = new EventDispatcher(platformDb, List.copyOf(subscriptions),
                new RetryPolicy(10, Duration.ZERO, Duration.ZERO));
        return dispatcher::dispatchOnce;
    }

    /** Hands every stored event to each subscriber that has completed it, as a broker's consumer would again. */
    @Override
    protected void redeliverEverything() {
        try (CloseableDSLContext admin = DSL.using(target.jdbcUrl(), target.user(), target.password())) {
            for (Record row : admin.fetch("""
                    select d.subscriber_id, o.position, o.event_id, o.event_name, o.event_version, o.source_context,
                           o.aggregate_id, o.occurred_at, o.payload::text as payload
                      from platform.event_delivery d join platform.outbox o on o.position = d.event_position
                     where d.status = 'COMPLETED' order by o.position""")) {
                EventMetadata metadata = new EventMetadata(row.get("event_id", UUID.class),
                        row.get("event_name", String.class), row.get("event_version", Integer.class),
                        row.get("source_context", String.class), row.get("aggregate_id", String.class),
                        row.get("occurred_at", OffsetDateTime.class).toInstant(), row.get("position", Long.class));
                subscriptions.stream().filter(s -> s.subscriberId().equals(row.get("subscriber_id", String.class)))
                        .forEach(s -> s.applyOnce(metadata, row.get("payload", String.class)));
            }
        }
    }
}
