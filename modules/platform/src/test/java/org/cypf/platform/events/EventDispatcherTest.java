package org.cypf.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.SettableClock;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event machinery against a real PostgreSQL: social care's role publishes, education's role subscribes (the
 * subscriber's effect is a row in a scratch table of education's schema), the platform's role dispatches.
 */
class EventDispatcherTest {

    @PublishedEvent(name = "test.something-happened")
    record SomethingHappened(String aggregateId, int sequence) implements IntegrationEvent {}

    /** Thrown by the crash seam: an Error, so the dispatcher does not treat it as a handler failure. */
    static final class SimulatedCrash extends Error {}

    private TestDatabase.Target target;
    private DatabaseSettings settings;
    private ContextDatabase publisherDb;
    private ContextDatabase subscriberDb;
    private ContextDatabase platformDb;
    private final OutboxPublisher publisher = new OutboxPublisher("test"); // its events are named test.*
    private final SettableClock clock = SettableClock.fromNow();

    @BeforeEach
    void setUp() throws SQLException {
        target = TestDatabase.fresh("events");
        try (Connection c = admin()) {
            c.createStatement().execute("""
                    create table education_skills.effect (event_id uuid, aggregate_id text, sequence int, subscriber text);
                    grant select, insert on education_skills.effect to cypf_education_skills""");
        }
        settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        publisherDb = ContextDatabase.open(settings, "social_care", 2);
        subscriberDb = ContextDatabase.open(settings, "education_skills", 2);
        platformDb = ContextDatabase.open(settings, "platform", 2);
    }

    @AfterEach
    void tearDown() {
        publisherDb.close();
        subscriberDb.close();
        platformDb.close();
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    private long count(String sql) {
        try (Connection c = admin(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void publish(String aggregate, int sequence) {
        publisherDb.run(() -> publisher.publish(new SomethingHappened(aggregate, sequence)));
    }

    /** A subscription whose effect is one row in education_skills.effect, written in the subscriber's transaction. */
    private EventSubscription recording(String subscriberId) {
        return EventSubscription.named(subscriberId, subscriberDb).on(SomethingHappened.class, (event, meta) ->
                CurrentTransaction.dsl().execute(
                        "insert into education_skills.effect values (?, ?, ?, ?)",
                        meta.eventId(), event.aggregateId(), event.sequence(), subscriberId));
    }

    private EventDispatcher dispatcher(List<EventSubscription> subscriptions, EventDispatcher.AfterHandled seam) {
        return new EventDispatcher(platformDb, subscriptions, new RetryPolicy(3, Duration.ofSeconds(10),
                Duration.ofMinutes(1)), clock, seam);
    }

    private static void drain(EventDispatcher dispatcher) {
        for (int i = 0; i < 20 && dispatcher.dispatchOnce() > 0; i++) {
            // keep polling until idle
        }
    }

    @Test
    void an_event_exists_only_if_the_change_that_published_it_committed() {
        assertThrows(IllegalStateException.class, () -> publisherDb.run(() -> {
            publisher.publish(new SomethingHappened("child-1", 1));
            throw new IllegalStateException("the change fails after publishing");
        }));
        assertEquals(0, count("select count(*) from platform.outbox"));

        publish("child-1", 2);
        assertEquals(1, count("select count(*) from platform.outbox where event_name = 'test.something-happened'"));
    }

    @Test
    void publishing_outside_a_unit_of_work_is_refused() {
        assertThrows(IllegalStateException.class, () -> publisher.publish(new SomethingHappened("child-1", 1)));
    }

    @Test
    void each_subscriber_gets_each_event_once() {
        publish("child-1", 1);
        publish("child-2", 1);
        drain(dispatcher(List.of(recording("test.a.record"), recording("test.b.record")), (s, p) -> {}));

        assertEquals(4, count("select count(*) from education_skills.effect"));
        assertEquals(4, count("select count(*) from platform.inbox"));
        assertEquals(4, count("select count(*) from platform.event_delivery where status = 'COMPLETED'"));
        assertEquals(0, dispatcher(List.of(recording("test.a.record"), recording("test.b.record")), (s, p) -> {})
                .dispatchOnce(), "nothing left to deliver");
    }

    @Test
    void a_crash_between_handling_and_acknowledging_loses_nothing_and_applies_nothing_twice() {
        publish("child-1", 1);
        var crashing = dispatcher(List.of(recording("test.a.record")), (s, p) -> {
            throw new SimulatedCrash();
        });
        assertThrows(SimulatedCrash.class, crashing::dispatchOnce);
        // The subscriber committed its effect and its inbox row; the dispatcher's bookkeeping rolled back.
        assertEquals(1, count("select count(*) from education_skills.effect"));
        assertEquals(0, count("select count(*) from platform.event_delivery where status = 'COMPLETED'"));

        // After a restart, a new dispatcher redelivers; the inbox turns the redelivery into a no-op.
        drain(dispatcher(List.of(recording("test.a.record")), (s, p) -> {}));
        assertEquals(1, count("select count(*) from education_skills.effect"));
        assertEquals(1, count("select count(*) from platform.event_delivery where status = 'COMPLETED'"));
    }

    @Test
    void a_restart_resumes_with_the_events_published_while_it_was_down() {
        var first = dispatcher(List.of(recording("test.a.record")), (s, p) -> {});
        publish("child-1", 1);
        drain(first);
        publish("child-1", 2); // published while no dispatcher runs
        publish("child-2", 1);

        drain(dispatcher(List.of(recording("test.a.record")), (s, p) -> {}));
        assertEquals(3, count("select count(*) from education_skills.effect"));
    }

    @Test
    void a_failing_delivery_is_retried_with_back_off_then_marked_failed_and_visible() {
        publish("child-1", 1);
        var attempts = new AtomicInteger();
        var failing = EventSubscription.named("test.a.fail", subscriberDb).on(SomethingHappened.class, (event, meta) -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("the subscriber cannot handle this yet");
        });
        var dispatcher = dispatcher(List.of(failing), (s, p) -> {});
        var deliveries = new EventDeliveries(platformDb);

        assertEquals(1, dispatcher.dispatchOnce());
        assertEquals(0, dispatcher.dispatchOnce(), "not due again before the back-off has passed");
        clock.advance(Duration.ofSeconds(11));
        assertEquals(1, dispatcher.dispatchOnce());
        clock.advance(Duration.ofSeconds(19));
        assertEquals(0, dispatcher.dispatchOnce(), "the second wait is twice the first");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, dispatcher.dispatchOnce());
        assertEquals(3, attempts.get());

        assertEquals(1, deliveries.counts().failed());
        var failed = deliveries.withStatus("FAILED", 10);
        assertEquals(1, failed.size());
        assertEquals("test.a.fail", failed.getFirst().subscriberId());
        assertEquals(3, failed.getFirst().attempts());
        assertEquals("java.lang.IllegalArgumentException", failed.getFirst().lastError(),
                "only the exception's class is kept, never its message");
        assertEquals(0, count("select count(*) from platform.inbox"), "a failed handling leaves no inbox row");

        clock.advance(Duration.ofHours(1));
        assertEquals(0, dispatcher.dispatchOnce(), "a FAILED delivery waits for an operator");
        assertTrue(deliveries.resubmit("test.a.fail", failed.getFirst().position()));
        assertFalse(deliveries.resubmit("test.a.fail", failed.getFirst().position()), "only FAILED ones resubmit");
        assertEquals(1, deliveries.counts().pending());
    }

    @Test
    void events_of_one_aggregate_arrive_in_order_even_when_one_needs_a_retry() {
        publish("child-1", 1);
        publish("child-1", 2);
        publish("child-2", 1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        var flaky = EventSubscription.named("test.a.ordered", subscriberDb).on(SomethingHappened.class, (event, meta) -> {
            String key = event.aggregateId() + "#" + event.sequence();
            if (key.equals("child-1#1") && failedOnce.add(key)) {
                throw new IllegalStateException("first attempt fails");
            }
            seen.add(key);
        });
        var dispatcher = dispatcher(List.of(flaky), (s, p) -> {});

        drain(dispatcher);
        assertEquals(List.of("child-2#1"), seen, "child-1#2 must wait behind the failed child-1#1");
        clock.advance(Duration.ofSeconds(11));
        drain(dispatcher);
        assertEquals(List.of("child-2#1", "child-1#1", "child-1#2"), seen);
    }

    @PublishedEvent(name = "test.something-else-happened")
    record SomethingElseHappened(String aggregateId, int sequence) implements IntegrationEvent {}

    @Test
    void one_subscriber_sees_the_events_of_an_aggregate_in_order_across_event_types() {
        publisherDb.run(() -> publisher.publish(new SomethingHappened("child-1", 1)));
        publisherDb.run(() -> publisher.publish(new SomethingElseHappened("child-1", 2)));
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        var firstFails = new AtomicInteger();
        var both = EventSubscription.named("test.a.both", subscriberDb)
                .on(SomethingHappened.class, (event, meta) -> {
                    if (firstFails.getAndIncrement() == 0) {
                        throw new IllegalStateException("the first attempt fails");
                    }
                    seen.add("happened#" + event.sequence());
                })
                .on(SomethingElseHappened.class, (event, meta) -> seen.add("else#" + event.sequence()));
        var dispatcher = dispatcher(List.of(both), (s, p) -> {});

        drain(dispatcher);
        assertEquals(List.of(), seen, "the second event waits behind the first, though its type differs");
        clock.advance(Duration.ofSeconds(11));
        drain(dispatcher);
        assertEquals(List.of("happened#1", "else#2"), seen);
    }

    @Test
    void a_resubmitted_delivery_is_attempted_again_and_then_releases_the_events_behind_it() {
        publish("child-1", 1);
        publish("child-1", 2);
        var failUntilFixed = new AtomicInteger(1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        var subscriber = EventSubscription.named("test.a.fixed", subscriberDb).on(SomethingHappened.class, (event, meta) -> {
            if (failUntilFixed.get() == 1) {
                throw new IllegalStateException("broken until an operator fixes it");
            }
            seen.add(event.aggregateId() + "#" + event.sequence());
        });
        var dispatcher = new EventDispatcher(platformDb, List.of(subscriber), new RetryPolicy(1, Duration.ofSeconds(10),
                Duration.ofMinutes(1)), clock, (s, p) -> {});
        var deliveries = new EventDeliveries(platformDb);

        drain(dispatcher);
        assertEquals(1, deliveries.counts().failed());
        assertEquals(new EventDispatcher.Backlog(1, 1, clock.instant()), dispatcher.refreshBacklog(),
                "child-1#2 waits behind the failed child-1#1");
        clock.advance(Duration.ofHours(1));
        assertEquals(0, dispatcher.dispatchOnce(), "a failed delivery blocks its chain until resubmitted");

        failUntilFixed.set(0);
        assertTrue(deliveries.resubmit("test.a.fixed", deliveries.withStatus("FAILED", 1).getFirst().position()));
        drain(dispatcher);
        assertEquals(List.of("child-1#1", "child-1#2"), seen);
        assertEquals(new EventDispatcher.Backlog(0, 0, clock.instant()), dispatcher.refreshBacklog());
        assertEquals(0, count("select count(*) from platform.event_chain_head"), "no open chain is left");
    }

    @Test
    void a_backlog_of_ten_thousand_events_drains_on_a_database_whose_statistics_are_stale() throws SQLException {
        // The state the issue met after an import: the event tables last analysed when every delivery was completed
        // (so the planner believes open deliveries are rare) and autovacuum not yet round to analyse them again.
        var dispatcher = dispatcher(List.of(orderChecking("test.a.backlog")), (s, p) -> {});
        try (Connection c = admin(); var sql = c.createStatement()) {
            for (String table : List.of("outbox", "event_delivery", "inbox")) {
                sql.execute("alter table platform." + table + " set (autovacuum_enabled = false)");
            }
            // A quiet period: a few hundred deliveries, all completed, then statistics taken.
            publisherDb.run(() -> {
                for (int i = 0; i < 500; i++) {
                    publisher.publish(new SomethingHappened("child-quiet-" + i % 50, i / 50 + 1));
                }
            });
            for (int poll = 0; poll < 100 && dispatcher.dispatchOnce() > 0; poll++) {
                // until idle
            }
            sql.execute("analyze platform.outbox, platform.event_delivery, platform.inbox");
        }
        // One long chain at the front (a child with a thousand events) and 2,250 children with four events each,
        // published as an import does: a round of one event for every child, then the next round.
        List<String> batch = new ArrayList<>();
        for (int sequence = 1; sequence <= 1_000; sequence++) {
            batch.add("child-long#" + sequence);
        }
        for (int round = 1; round <= 4; round++) {
            for (int child = 1; child <= 2_250; child++) {
                batch.add("child-" + child + "#" + round);
            }
        }
        for (int from = 0; from < batch.size(); from += 500) {
            List<String> slice = batch.subList(from, Math.min(from + 500, batch.size()));
            publisherDb.run(() -> slice.forEach(key -> publisher.publish(new SomethingHappened(
                    key.substring(0, key.indexOf('#')), Integer.parseInt(key.substring(key.indexOf('#') + 1))))));
        }

        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(300).toNanos();
        int polls = 0;
        while (dispatcher.dispatchOnce() > 0 && System.nanoTime() < deadline) {
            polls++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long delivered = count("select count(*) from education_skills.effect where aggregate_id not like 'child-quiet-%'");
        System.out.printf("event backlog: %d of %d events delivered in %.1f s, %d polls (stale statistics)%n",
                delivered, batch.size(), seconds, polls);

        assertEquals(batch.size(), delivered, "every event delivered, within the test's 300 s (a stall, not a slow machine: about 20 s on 2 idle cores)");
        assertEquals(count("select count(*) from education_skills.effect"),
                count("select count(distinct event_id) from education_skills.effect"), "each once");
        assertEquals(List.of(), outOfOrder, "in order per aggregate");
    }

    private final List<String> outOfOrder = Collections.synchronizedList(new ArrayList<>());
    /** The last sequence number each aggregate's effect was recorded with, by every dispatcher of a test. */
    private final ConcurrentHashMap<String, Integer> lastSeen = new ConcurrentHashMap<>();

    /** Records each event's effect and notes any that arrives before its aggregate's previous sequence number. */
    private EventSubscription orderChecking(String subscriberId) {
        return orderChecking(subscriberId, subscriberDb);
    }

    private EventSubscription orderChecking(String subscriberId, ContextDatabase subscriberDb) {
        return EventSubscription.named(subscriberId, subscriberDb).on(SomethingHappened.class, (event, meta) -> {
            CurrentTransaction.dsl().execute("insert into education_skills.effect values (?, ?, ?, ?)",
                    meta.eventId(), event.aggregateId(), event.sequence(), subscriberId);
            Integer previous = lastSeen.put(event.aggregateId(), event.sequence());
            if (previous != null && previous != event.sequence() - 1) {
                outOfOrder.add(event.aggregateId() + "#" + event.sequence() + " after #" + previous);
            }
        });
    }

    /** Publishes {@code aggregates} × {@code rounds} events as an import does (a round for every aggregate, then the next). */
    private int publishBacklog(String prefix, int aggregates, int rounds) {
        List<String> batch = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int aggregate = 1; aggregate <= aggregates; aggregate++) {
                batch.add(prefix + aggregate + "#" + round);
            }
        }
        for (int from = 0; from < batch.size(); from += 500) {
            List<String> slice = batch.subList(from, Math.min(from + 500, batch.size()));
            publisherDb.run(() -> slice.forEach(key -> publisher.publish(new SomethingHappened(
                    key.substring(0, key.indexOf('#')), Integer.parseInt(key.substring(key.indexOf('#') + 1))))));
        }
        return batch.size();
    }

    /** One app instance's dispatcher: its own pools on the shared database, polling on its own thread until idle. */
    private record Instance(ContextDatabase platform, ContextDatabase subscriber, EventDispatcher dispatcher,
                            AtomicInteger attempted) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
            subscriber.close();
        }
    }

    private Instance instance(String subscriberId) {
        var platform = ContextDatabase.open(settings, "platform", 2);
        var subscriber = ContextDatabase.open(settings, "education_skills", 2);
        var dispatcher = new EventDispatcher(platform, List.of(orderChecking(subscriberId, subscriber)),
                new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1)));
        return new Instance(platform, subscriber, dispatcher, new AtomicInteger());
    }

    /** Runs every instance's dispatcher at once until each finds nothing to do; returns the seconds taken. */
    private static double drainTogether(List<Instance> instances, String subscriberId, long deadlineSeconds)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(deadlineSeconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (Instance instance : instances) {
            threads.add(Thread.ofPlatform().name("dispatcher-" + threads.size()).start(() -> {
                int idlePolls = 0;
                while (idlePolls < 3 && System.nanoTime() < deadline) {
                    int attempted = instance.dispatcher().dispatchOnce();
                    instance.attempted().addAndGet(attempted);
                    idlePolls = attempted == 0 ? idlePolls + 1 : 0;
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    @Test
    void a_backlog_of_ten_thousand_drains_on_a_fresh_unanalysed_database_and_two_dispatchers_deliver_each_event_once()
            throws Exception {
        // A fresh database, never analysed: autovacuum kept off the event tables so no statistics appear mid-test.
        try (Connection c = admin(); var sql = c.createStatement()) {
            for (String table : List.of("outbox", "event_delivery", "event_chain_head", "inbox")) {
                sql.execute("alter table platform." + table + " set (autovacuum_enabled = false)");
            }
            assertEquals(0, count("""
                    select count(*) from pg_stat_user_tables where schemaname = 'platform'
                       and (last_analyze is not null or last_autoanalyze is not null)"""), "un-analysed");
        }
        String subscriberId = "test.a.instances";
        List<String> figures = new ArrayList<>();
        try (Instance one = instance(subscriberId); Instance two = instance(subscriberId)) {
            int events = publishBacklog("child-one-", 2_500, 4);
            double seconds = drainTogether(List.of(one), subscriberId, 240);
            long delivered = count("select count(*) from education_skills.effect");
            figures.add(String.format("one dispatcher: %d of %d events in %.1f s, %.0f events/s (fresh, un-analysed database)",
                    delivered, events, seconds, delivered / seconds));
            assertEquals(events, delivered, "the whole backlog, within 240 s (a stall, not a slow machine: seconds on 2 idle cores)");

            int more = publishBacklog("child-two-", 2_500, 4);
            one.attempted().set(0);
            double together = drainTogether(List.of(one, two), subscriberId, 240);
            long deliveredTogether = count("select count(*) from education_skills.effect") - delivered;
            figures.add(String.format("two dispatchers: %d of %d events in %.1f s, %.0f events/s (attempted %d + %d)",
                    deliveredTogether, more, together, deliveredTogether / together, one.attempted().get(),
                    two.attempted().get()));
            figures.forEach(f -> System.out.println("event dispatch: " + f));

            assertEquals(more, deliveredTogether, "every event delivered by the two");
            assertEquals(count("select count(*) from education_skills.effect"),
                    count("select count(distinct event_id) from education_skills.effect"), "each applied once");
            assertEquals(events + more, count("select count(*) from platform.inbox where subscriber_id = '" + subscriberId + "'"));
            assertEquals(events + more, count("select count(*) from platform.event_delivery where status = 'COMPLETED'"));
            assertEquals(more, one.attempted().get() + two.attempted().get(), "no delivery attempted twice");
            assertTrue(one.attempted().get() > 0 && two.attempted().get() > 0, "both dispatchers delivered: "
                    + one.attempted().get() + " + " + two.attempted().get());
            assertEquals(List.of(), outOfOrder, "in order per aggregate, across the two dispatchers");
            assertEquals(0, count("select count(*) from platform.event_chain_head"), "no open chain is left");
        }
    }

    @Test
    void a_subscriber_handles_each_event_type_once() {
        var subscription = recording("test.a.twice");
        assertThrows(IllegalArgumentException.class, () -> subscription.on(SomethingHappened.class, (e, m) -> {}));
    }

    @Test
    void subscriber_ids_must_be_stable_logical_names() {
        assertThrows(IllegalArgumentException.class, () -> recording("ChildrenInCareSubscriber::onEntered"));
        assertThrows(IllegalArgumentException.class, () -> recording("single"));
    }
}
