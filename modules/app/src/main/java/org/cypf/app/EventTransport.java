package org.cypf.app;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.platform.events.rabbitmq.RabbitMqConsumer;
import org.cypf.platform.events.rabbitmq.RabbitMqRelay;
import org.cypf.platform.events.rabbitmq.RabbitMqSettings;

/**
 * How events reach their subscribers, chosen by configuration per subscribing context (ADR 0038): by default the
 * in-database dispatcher delivers every event; the contexts listed under {@code events.broker.contexts} receive theirs
 * from RabbitMQ instead, the dispatcher handing those events to the outbox relay.
 */
final class EventTransport implements AutoCloseable {
    private final EventDispatcher dispatcher;
    private final RabbitMqRelay relay;
    private final List<EventSubscription> consumed;
    private final RabbitMqSettings broker;
    private final RetryPolicy retry;
    private final List<RabbitMqConsumer> consumers = new ArrayList<>();

    private EventTransport(EventDispatcher dispatcher, RabbitMqRelay relay, List<EventSubscription> consumed,
                           RabbitMqSettings broker, RetryPolicy retry) {
        this.dispatcher = dispatcher;
        this.relay = relay;
        this.consumed = consumed;
        this.broker = broker;
        this.retry = retry;
    }

    static EventTransport from(Config events, ContextDatabase platform, List<EventSubscription> subscriptions) {
        var retry = new RetryPolicy(events.get("max-attempts").asInt().orElse(10), Duration.ofSeconds(1),
                Duration.ofMinutes(10));
        Config brokerConfig = events.get("broker");
        Set<String> brokerContexts = new TreeSet<>(brokerConfig.get("contexts").asList(String.class).orElse(List.of()));
        if (brokerContexts.isEmpty()) {
            return new EventTransport(new EventDispatcher(platform, subscriptions, retry), null, List.of(), null, retry);
        }
        Set<String> subscribingContexts = new TreeSet<>();
        subscriptions.forEach(s -> subscribingContexts.add(contextOf(s)));
        for (String context : brokerContexts) {
            if (!subscribingContexts.contains(context)) {
                throw new IllegalStateException("events.broker.contexts names " + context
                        + ", which subscribes to no events; contexts that subscribe: " + subscribingContexts);
            }
        }
        var settings = new RabbitMqSettings(URI.create(brokerConfig.get("uri").asString()
                .orElseThrow(() -> new IllegalStateException("events.broker.contexts is set but events.broker.uri is not"))),
                brokerConfig.get("exchange").asString().orElse(RabbitMqSettings.DEFAULT_EXCHANGE));
        List<EventSubscription> inDatabase = new ArrayList<>();
        List<EventSubscription> consumed = new ArrayList<>();
        for (EventSubscription s : subscriptions) {
            (brokerContexts.contains(contextOf(s)) ? consumed : inDatabase).add(s);
        }
        RabbitMqRelay relay = RabbitMqRelay.connect(settings, consumed);
        inDatabase.add(relay.subscription(consumed));
        return new EventTransport(new EventDispatcher(platform, List.copyOf(inDatabase), retry), relay,
                List.copyOf(consumed), settings, retry);
    }

    /** A subscriber id starts with its context's name (EventSubscription.named). */
    private static String contextOf(EventSubscription subscription) {
        return subscription.subscriberId().substring(0, subscription.subscriberId().indexOf('.'));
    }

    EventDispatcher dispatcher() {
        return dispatcher;
    }

    /** The subscribers that receive their events from the broker (empty when every event stays in the database). */
    List<EventSubscription> consumedFromBroker() {
        return consumed;
    }

    void start(Duration pollInterval) {
        dispatcher.start(pollInterval);
        for (EventSubscription subscription : consumed) {
            consumers.add(RabbitMqConsumer.start(broker, subscription, retry));
        }
    }

    @Override
    public void close() {
        consumers.forEach(RabbitMqConsumer::close);
        dispatcher.close();
        if (relay != null) {
            relay.close();
        }
    }
}
