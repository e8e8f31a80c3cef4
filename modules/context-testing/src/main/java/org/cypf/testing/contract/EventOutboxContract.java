package org.cypf.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.event.PublishedEvent;
import org.junit.jupiter.api.Test;

/**
 * What every way of carrying CYPF's integration events must do (ADR 0097): the outbox a context publishes into, the
 * dispatcher that delivers, and the subscriber's inbox. CYPF's outbox on PostgreSQL ({@code OutboxPublisher},
 * {@code EventDispatcher}, {@code EventSubscription}) passes it, and so does {@code InMemoryEvents}, which serves
 * fast tests; an integrator who carries events otherwise (a broker of their own) runs the same suite.
 *
 * <p>The promises: an event is stored in the unit of work of the change that raised it, so it is delivered if and
 * only if that change commits; each subscriber receives it at least once (a handler that fails is tried again) and
 * applies it once, even when it is delivered twice; the events of one aggregate reach a subscriber in the order they
 * were published, one failing event holding back its aggregate's later ones but not another aggregate's; several
 * dispatchers polling at once still apply every event once, in order per aggregate.
 *
 * <p>The suite publishes {@link SomethingHappened}, named {@code contract.something-happened}: the publisher it asks
 * for is bound to a context named {@code contract}. A test registers its subscribers before its first dispatch.
 */
public abstract class EventOutboxContract {

    /** The suite's event: {@code sequence} numbers the events of one aggregate in the order published. */
    @PublishedEvent(name = "contract.something-happened")
    public record SomethingHappened(String aggregateId, int sequence) implements IntegrationEvent {}

    /** One dispatcher: an application instance's polling loop, one poll at a time. */
    @FunctionalInterface
    public interface Dispatcher {
        /** One poll: attempts what is due and returns how many deliveries it attempted (0 when idle). */
        int dispatchOnce();
    }

    /** The publisher of the context {@code contract}, which writes into the current unit of work. */
    protected abstract IntegrationEvents publisher();

    /** Runs {@code work} in a unit of work of the publishing context: commits when it returns, rolls back when it throws. */
    protected abstract void inPublishersUnitOfWork(Runnable work);

    /**
     * Registers a subscriber under {@code subscriberId} whose handler runs in the subscriber's own unit of work, with
     * the event and its id; a handler that throws rolls its unit back and the event is tried again at a later poll
     * (the suite's set-up gives no back-off, so "later" is the next poll).
     */
    protected abstract void subscribe(String subscriberId, BiConsumer<SomethingHappened, UUID> handler);

    /** A new dispatcher over the same store, seeing every subscriber registered so far. */
    protected abstract Dispatcher newDispatcher();

    /**
     * Delivers again, to each subscriber, every event it has already been delivered: what a broker does when an
     * acknowledgement was lost, or a dispatcher that crashed after the subscriber committed.
     */
    protected abstract void redeliverEverything();

    private void publish(IntegrationEvent... events) {
        inPublishersUnitOfWork(() -> publisher().publishAll(List.of(events)));
    }

    /** Polls until a poll attempts nothing (at most a hundred polls, so a dispatcher that never settles fails). */
    private static void drain(Dispatcher dispatcher) {
        for (int poll = 0; poll < 100; poll++) {
            if (dispatcher.dispatchOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher still had work after a hundred polls");
    }

    /** What one subscriber applied, in the order applied. */
    private static final class Applied implements BiConsumer<SomethingHappened, UUID> {
        final List<SomethingHappened> events = Collections.synchronizedList(new ArrayList<>());
        final List<UUID> ids = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(SomethingHappened event, UUID id) {
            events.add(event);
            ids.add(id);
        }

        List<Integer> sequencesOf(String aggregate) {
            synchronized (events) {
                return events.stream().filter(e -> e.aggregateId().equals(aggregate))
                        .map(SomethingHappened::sequence).toList();
            }
        }
    }

    @Test
    public void an_event_published_in_a_unit_of_work_that_commits_reaches_every_subscriber_once_unchanged() {
        Applied first = new Applied();
        Applied second = new Applied();
        subscribe("contract.first.reader", first);
        subscribe("contract.second.reader", second);

        publish(new SomethingHappened("aggregate-1", 1));
        drain(newDispatcher());

        assertEquals(List.of(new SomethingHappened("aggregate-1", 1)), first.events);
        assertEquals(List.of(new SomethingHappened("aggregate-1", 1)), second.events);
        assertEquals(first.ids, second.ids, "both subscribers received the same event, by its id");
    }

    @Test
    public void an_event_published_in_a_unit_of_work_that_rolls_back_is_never_delivered() {
        Applied applied = new Applied();
        subscribe("contract.rollback.reader", applied);

        assertThrows(IllegalStateException.class, () -> inPublishersUnitOfWork(() -> {
            publisher().publish(new SomethingHappened("aggregate-r", 1));
            throw new IllegalStateException("the change that raised the event failed");
        }));
        publish(new SomethingHappened("aggregate-r", 2));
        drain(newDispatcher());

        assertEquals(List.of(new SomethingHappened("aggregate-r", 2)), applied.events,
                "only the event whose change committed");
    }

    @Test
    public void the_events_of_one_unit_of_work_arrive_in_the_order_published() {
        Applied applied = new Applied();
        subscribe("contract.batch.reader", applied);

        List<IntegrationEvent> batch = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            batch.add(new SomethingHappened("aggregate-b", i));
        }
        inPublishersUnitOfWork(() -> publisher().publishAll(batch));
        drain(newDispatcher());

        assertEquals(batch, applied.events);
    }

    @Test
    public void a_handler_that_fails_is_tried_again_and_its_event_applied_once() {
        AtomicInteger attempts = new AtomicInteger();
        Applied applied = new Applied();
        subscribe("contract.flaky.reader", (event, id) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the subscriber's store was busy");
            }
            applied.accept(event, id);
        });

        publish(new SomethingHappened("aggregate-f", 1));
        drain(newDispatcher());

        assertEquals(2, attempts.get(), "delivered again after the failure");
        assertEquals(List.of(new SomethingHappened("aggregate-f", 1)), applied.events);
    }

    @Test
    public void an_event_delivered_twice_is_applied_once_by_each_subscriber() {
        Applied first = new Applied();
        Applied second = new Applied();
        subscribe("contract.first.twice", first);
        subscribe("contract.second.twice", second);

        publish(new SomethingHappened("aggregate-t", 1), new SomethingHappened("aggregate-t", 2));
        drain(newDispatcher());
        redeliverEverything();
        drain(newDispatcher());

        assertEquals(List.of(1, 2), first.sequencesOf("aggregate-t"));
        assertEquals(List.of(1, 2), second.sequencesOf("aggregate-t"));
    }

    @Test
    public void a_failing_event_holds_back_its_aggregates_later_events_but_not_another_aggregates() {
        Applied applied = new Applied();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        subscribe("contract.ordered.reader", (event, id) -> {
            if (event.aggregateId().equals("aggregate-a") && event.sequence() == 1
                    && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("not yet");
            }
            applied.accept(event, id);
        });

        publish(new SomethingHappened("aggregate-a", 1), new SomethingHappened("aggregate-b", 1),
                new SomethingHappened("aggregate-a", 2), new SomethingHappened("aggregate-b", 2),
                new SomethingHappened("aggregate-a", 3));
        Dispatcher dispatcher = newDispatcher();
        dispatcher.dispatchOnce();

        assertEquals(List.of(), applied.sequencesOf("aggregate-a"), "a's later events wait for its first");
        assertEquals(List.of(1, 2), applied.sequencesOf("aggregate-b"), "b does not wait for a");

        drain(dispatcher);
        assertEquals(List.of(1, 2, 3), applied.sequencesOf("aggregate-a"), "in the order published, once each");
    }

    @Test
    public void several_dispatchers_polling_at_once_apply_every_event_once_in_order_per_aggregate() throws Exception {
        Applied applied = new Applied();
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        subscribe("contract.concurrent.reader", (event, id) -> {
            if (!seen.add(id)) {
                twice.incrementAndGet();
            }
            applied.accept(event, id);
        });
        int aggregates = 4;
        int each = 10;
        for (int i = 1; i <= each; i++) {
            List<IntegrationEvent> round = new ArrayList<>();
            for (int a = 0; a < aggregates; a++) {
                round.add(new SomethingHappened("aggregate-c" + a, i));
            }
            inPublishersUnitOfWork(() -> publisher().publishAll(round));
        }

        int dispatchers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Future<?>> polling = new ArrayList<>();
            for (int d = 0; d < dispatchers; d++) {
                Dispatcher dispatcher = newDispatcher();
                polling.add(pool.submit(() -> {
                    for (int poll = 0; poll < 200 && applied.events.size() < aggregates * each; poll++) {
                        dispatcher.dispatchOnce();
                    }
                }));
            }
            for (Future<?> f : polling) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        drain(newDispatcher());

        assertEquals(0, twice.get(), "no event applied twice");
        assertEquals(aggregates * each, applied.events.size());
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 1; i <= each; i++) {
            inOrder.add(i);
        }
        Map<String, List<Integer>> byAggregate = new LinkedHashMap<>();
        for (int a = 0; a < aggregates; a++) {
            byAggregate.put("aggregate-c" + a, applied.sequencesOf("aggregate-c" + a));
        }
        byAggregate.forEach((aggregate, sequences) -> assertEquals(inOrder, sequences, aggregate + " in order"));
        assertTrue(new HashSet<>(applied.ids).size() == aggregates * each, "each event once");
    }
}
