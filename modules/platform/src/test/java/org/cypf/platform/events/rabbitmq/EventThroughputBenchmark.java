package org.cypf.platform.events.rabbitmq;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.testing.TestBroker;
import org.cypf.testing.TestDatabase;

/**
 * Events delivered per second, in the same run on the same machine: the in-database dispatcher with one and with two
 * instances (the baseline), and RabbitMQ (relay plus consumer) with one and with two instances (ADR 0035, 0038). Each
 * run publishes the same events into a fresh database first, then times delivery until the subscriber's effect holds
 * every event. Not part of the test command: {@code java ... EventThroughputBenchmark [events]} or the bench profile.
 */
public final class EventThroughputBenchmark {

    @PublishedEvent(name = "bench.something-happened")
    record SomethingHappened(String aggregateId, int sequence) implements IntegrationEvent {}

    private static final RetryPolicy RETRY = new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1));

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        var broker = TestBroker.uriOrSkip();
        System.out.printf(Locale.ROOT, "%-44s %8s %9s %10s %7s%n", "run", "events", "seconds", "events/s", "ratio");
        double baseline = 0;
        for (String run : List.of("database, one instance", "database, two instances", "rabbitmq, one instance",
                "rabbitmq, two instances")) {
            double perSecond = run(run, events, new RabbitMqSettings(broker, "cypf.bench." + UUID.randomUUID().toString().substring(0, 8)));
            if (baseline == 0) {
                baseline = perSecond;
            }
            System.out.printf(Locale.ROOT, "%-44s %,8d %9.2f %,10.0f %7.2f%n", run, events, events / perSecond,
                    perSecond, perSecond / baseline);
        }
    }

    private static double run(String run, int events, RabbitMqSettings settings) throws Exception {
        var target = TestDatabase.fresh("event throughput");
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            c.createStatement().execute("""
                    create table education_skills.effect (event_id uuid primary key, aggregate_id text, sequence int);
                    grant select, insert on education_skills.effect to cypf_education_skills""");
        }
        var db = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        boolean broker = run.startsWith("rabbitmq");
        int instances = run.endsWith("two instances") ? 2 : 1;
        List<AutoCloseable> open = new ArrayList<>();
        try (var publisherDb = ContextDatabase.open(db, "social_care", 4)) {
            var publisher = new OutboxPublisher("bench");
            for (int from = 0; from < events; from += 500) {
                int first = from;
                publisherDb.run(() -> {
                    for (int i = first; i < Math.min(first + 500, events); i++) {
                        publisher.publish(new SomethingHappened("child-" + (i % (events / 4)), i));
                    }
                });
            }
            List<EventDispatcher> dispatchers = new ArrayList<>();
            List<RabbitMqConsumer> consumers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                var subscriberDb = keep(open, ContextDatabase.open(db, "education_skills", 4));
                var platformDb = keep(open, ContextDatabase.open(db, "platform", 4));
                var subscription = EventSubscription.named("bench.throughput.record", subscriberDb)
                        .on(SomethingHappened.class, (event, meta) -> CurrentTransaction.dsl().execute(
                                "insert into education_skills.effect values (?, ?, ?)",
                                meta.eventId(), event.aggregateId(), event.sequence()));
                if (broker) {
                    var relay = keep(open, RabbitMqRelay.connect(settings, List.of(subscription)));
                    dispatchers.add(keep(open, new EventDispatcher(platformDb,
                            List.of(relay.subscription(List.of(subscription))), RETRY)));
                    consumers.add(RabbitMqConsumer.start(settings, subscription, RETRY));
                } else {
                    dispatchers.add(keep(open, new EventDispatcher(platformDb, List.of(subscription), RETRY)));
                }
            }
            consumers.forEach(c -> open.add(c));
            long started = System.nanoTime();
            dispatchers.forEach(d -> d.start(Duration.ofMillis(5)));
            while (count(target, "select count(*) from education_skills.effect") < events) {
                Thread.sleep(10);
            }
            return events / ((System.nanoTime() - started) / 1e9);
        } finally {
            for (AutoCloseable c : open.reversed()) {
                c.close();
            }
            if (broker) {
                try (var c = RabbitMqRelay.connectionFactory(settings).newConnection(); var ch = c.createChannel()) {
                    ch.queueDelete(settings.queueOf("bench.throughput.record"));
                    ch.queueDelete(settings.failedQueueOf("bench.throughput.record"));
                    ch.exchangeDelete(settings.exchange());
                    ch.exchangeDelete(settings.exchange() + ".dead-letter");
                }
            }
        }
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> open, T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static long count(TestDatabase.Target target, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
