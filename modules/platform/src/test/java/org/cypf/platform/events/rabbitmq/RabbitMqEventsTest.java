package org.cypf.platform.events.rabbitmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.EventMetadata;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.testing.TestBroker;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events through the real RabbitMQ broker (ADR 0038) and a real PostgreSQL: social care's role publishes to the
 * outbox, the in-database dispatcher hands events to the relay, the relay publishes them with confirms, and a consumer
 * applies them into education's schema through the inbox. Each test has its own exchange and queues.
 */
class RabbitMqEventsTest {

    @PublishedEvent(name = "test.something-happened")
    record SomethingHappened(String aggregateId, int sequence) implements IntegrationEvent {}

    /** An Error, so the consumer does not take it for a failing handler: the consumer's channel dies with it. */
    static final class SimulatedCrash extends Error {}

    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50));

    private final OutboxPublisher publisher = new OutboxPublisher("test");
    private final List<AutoCloseable> open = new ArrayList<>();
    private TestDatabase.Target target;
    private ContextDatabase publisherDb;
    private ContextDatabase subscriberDb;
    private ContextDatabase platformDb;
    private RabbitMqSettings settings;

    @BeforeEach
    void setUp() throws SQLException {
        URI broker = TestBroker.uriOrSkip();
        settings = new RabbitMqSettings(broker, "cypf.test." + UUID.randomUUID().toString().substring(0, 8));
        target = TestDatabase.fresh("rabbitmq");
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            c.createStatement().execute("""
                    create table education_skills.effect (
                        applied bigint generated always as identity, event_id uuid, aggregate_id text, sequence int);
                    grant select, insert on education_skills.effect to cypf_education_skills""");
        }
        var db = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        publisherDb = ContextDatabase.open(db, "social_care", 2);
        subscriberDb = ContextDatabase.open(db, "education_skills", 4);
        platformDb = ContextDatabase.open(db, "platform", 4);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        if (settings != null) {
            try (Connection c = RabbitMqRelay.connectionFactory(settings).newConnection(); Channel ch = c.createChannel()) {
                for (String subscriber : List.of("test.broker.record", "test.broker.fail")) {
                    ch.queueDelete(settings.queueOf(subscriber));
                    ch.queueDelete(settings.failedQueueOf(subscriber));
                }
                ch.exchangeDelete(settings.exchange());
                ch.exchangeDelete(settings.exchange() + ".dead-letter");
            }
        }
        if (publisherDb != null) {
            publisherDb.close();
            subscriberDb.close();
            platformDb.close();
        }
    }

    private EventSubscription recording() {
        return EventSubscription.named("test.broker.record", subscriberDb).on(SomethingHappened.class, (event, meta) ->
                CurrentTransaction.dsl().execute("insert into education_skills.effect (event_id, aggregate_id, sequence) values (?, ?, ?)",
                        meta.eventId(), event.aggregateId(), event.sequence()));
    }

    private void publish(int aggregates, int perAggregate) {
        for (int s = 1; s <= perAggregate; s++) {
            for (int a = 1; a <= aggregates; a++) {
                String aggregate = "child-" + a;
                int sequence = s;
                publisherDb.run(() -> publisher.publish(new SomethingHappened(aggregate, sequence)));
            }
        }
    }

    private RabbitMqRelay relay(EventSubscription consumed) {
        return keep(RabbitMqRelay.connect(settings, List.of(consumed)));
    }

    private EventDispatcher dispatcher(RabbitMqRelay relay, EventSubscription consumed) {
        return keep(new EventDispatcher(platformDb, List.of(relay.subscription(List.of(consumed))), QUICK));
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private long count(String sql) {
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Sequences applied per aggregate, in the order they were applied. */
    private Map<String, List<Integer>> appliedInOrder() {
        Map<String, List<Integer>> applied = new TreeMap<>();
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var rs = c.createStatement().executeQuery(
                     "select aggregate_id, sequence from education_skills.effect order by applied")) {
            while (rs.next()) {
                applied.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return applied;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<Integer> oneTo(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(i);
        }
        return list;
    }

    @Test
    void each_event_reaches_the_subscriber_through_the_broker_once_and_in_order_per_aggregate() {
        EventSubscription consumed = recording();
        RabbitMqRelay relay = relay(consumed);
        dispatcher(relay, consumed).start(Duration.ofMillis(20));
        keep(RabbitMqConsumer.start(settings, consumed, QUICK));

        publish(5, 40);

        await("200 events are applied", () -> count("select count(*) from education_skills.effect") == 200);
        Map<String, List<Integer>> applied = appliedInOrder();
        assertEquals(5, applied.size());
        applied.forEach((aggregate, sequences) -> assertEquals(oneTo(40), sequences, aggregate));
        assertEquals(200, count("select count(distinct event_id) from education_skills.effect"));
        assertEquals(200, count("select count(*) from platform.inbox where subscriber_id = 'test.broker.record'"));
        assertEquals(200, count("select count(*) from platform.event_delivery where subscriber_id = '"
                + RabbitMqRelay.SUBSCRIBER_ID + "' and status = 'COMPLETED'"), "the relay's deliveries are done");
        assertEquals(0, count("select count(*) from platform.event_delivery where subscriber_id = 'test.broker.record'"),
                "the in-database dispatcher does not deliver to a subscriber the broker serves");
    }

    @Test
    void events_published_before_any_consumer_started_wait_in_the_queue() {
        EventSubscription consumed = recording();
        EventDispatcher dispatcher = dispatcher(relay(consumed), consumed);
        publish(2, 5);
        for (int i = 0; i < 20 && dispatcher.dispatchOnce() > 0; i++) {
            // relay everything while no consumer runs
        }
        assertEquals(10, count("select count(*) from platform.event_delivery where status = 'COMPLETED'"));
        assertEquals(0, count("select count(*) from education_skills.effect"));

        keep(RabbitMqConsumer.start(settings, consumed, QUICK));
        await("10 events are applied", () -> count("select count(*) from education_skills.effect") == 10);
    }

    @Test
    void a_consumer_that_dies_before_acknowledging_leaves_the_event_to_the_next_which_applies_nothing_twice() {
        EventSubscription consumed = recording();
        RabbitMqRelay relay = relay(consumed);
        var crashed = new AtomicBoolean();
        // The first consumer dies after its 3rd event committed and before the broker heard it was done.
        var seen = new AtomicInteger();
        keep(RabbitMqConsumer.start(settings, consumed, QUICK, meta -> {
            if (seen.incrementAndGet() == 3) {
                crashed.set(true);
                throw new SimulatedCrash();
            }
        }));
        dispatcher(relay, consumed).start(Duration.ofMillis(20));
        publish(1, 6);
        await("the first consumer crashed", crashed::get);
        await("the first consumer's 3 commits are in", () -> count("select count(*) from education_skills.effect") == 3);

        keep(RabbitMqConsumer.start(settings, consumed, QUICK));
        await("all 6 events are applied", () -> count("select count(*) from education_skills.effect") == 6);
        assertEquals(Map.of("child-1", oneTo(6)), appliedInOrder(), "the redelivered 3rd event was not applied again");
    }

    @Test
    void two_instances_relaying_and_consuming_apply_each_event_once_in_order() {
        EventSubscription consumedByOne = recording();
        EventSubscription consumedByTwo = recording();
        dispatcher(relay(consumedByOne), consumedByOne).start(Duration.ofMillis(10));
        dispatcher(relay(consumedByTwo), consumedByTwo).start(Duration.ofMillis(10));
        keep(RabbitMqConsumer.start(settings, consumedByOne, QUICK));
        keep(RabbitMqConsumer.start(settings, consumedByTwo, QUICK));

        publish(10, 30);

        await("300 events are applied", () -> count("select count(*) from education_skills.effect") == 300);
        appliedInOrder().forEach((aggregate, sequences) -> assertEquals(oneTo(30), sequences, aggregate));
        assertEquals(300, count("select count(distinct event_id) from education_skills.effect"));
    }

    @Test
    void an_event_the_subscriber_keeps_failing_is_retried_then_dead_lettered_and_the_queue_moves_on() throws Exception {
        var attempts = new AtomicInteger();
        EventSubscription failing = EventSubscription.named("test.broker.fail", subscriberDb)
                .on(SomethingHappened.class, (event, meta) -> {
                    if (event.sequence() == 2) {
                        attempts.incrementAndGet();
                        throw new IllegalArgumentException("the subscriber cannot handle this yet");
                    }
                    CurrentTransaction.dsl().execute(
                            "insert into education_skills.effect (event_id, aggregate_id, sequence) values (?, ?, ?)",
                            meta.eventId(), event.aggregateId(), event.sequence());
                });
        dispatcher(relay(failing), failing).start(Duration.ofMillis(20));
        keep(RabbitMqConsumer.start(settings, failing, QUICK));

        publish(1, 3);

        await("events 1 and 3 are applied", () -> count("select count(*) from education_skills.effect") == 2);
        assertEquals(QUICK.maxAttempts(), attempts.get());
        assertEquals(Map.of("child-1", List.of(1, 3)), appliedInOrder());
        try (Connection c = RabbitMqRelay.connectionFactory(settings).newConnection(); Channel ch = c.createChannel()) {
            await("the failed event waits in the failed queue",
                    () -> messageCount(ch, settings.failedQueueOf("test.broker.fail")) == 1);
        }
        assertEquals(0, count("select count(*) from platform.inbox where subscriber_id = 'test.broker.fail'"
                + " and event_id not in (select event_id from education_skills.effect)"),
                "the failed event left no inbox row, so moving it back applies it");
    }

    @Test
    void an_event_no_queue_takes_is_not_marked_relayed() throws Exception {
        EventSubscription consumed = recording();
        RabbitMqRelay relay = relay(consumed);
        try (Connection c = RabbitMqRelay.connectionFactory(settings).newConnection(); Channel ch = c.createChannel()) {
            ch.queueDelete(settings.queueOf("test.broker.record")); // an operator removed the queue
        }
        EventDispatcher dispatcher = dispatcher(relay, consumed);
        publish(1, 1);

        dispatcher.dispatchOnce();

        assertEquals(1, count("select count(*) from platform.event_delivery where status = 'PENDING' and attempts = 1"
                + " and last_error like '%BrokerUnavailable'"), "the broker returned it: the relay retries later");
        var event = new EventMetadata(UUID.randomUUID(), "test.something-happened", 1, "test", "child-1",
                Instant.now(), 1);
        assertThrows(RabbitMqRelay.BrokerUnavailable.class, () -> relay.forward(event, "{}"));
    }

    private static long messageCount(Channel channel, String queue) {
        try {
            return channel.messageCount(queue);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_unreachable_broker_is_said_plainly() {
        var nowhere = new RabbitMqSettings(URI.create("amqp://guest:guest@127.0.0.1:1"), "cypf.test.nowhere");
        var refused = assertThrows(RabbitMqRelay.BrokerUnavailable.class,
                () -> RabbitMqRelay.connect(nowhere, List.of(recording())));
        assertEquals("cannot reach the message broker", refused.getMessage());
    }
}
