package org.cypf.platform.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cypf.platform.events.EventMetadata;
import org.cypf.platform.events.EventSubscription;

/**
 * The outbox relay (ADR 0038): a forwarding subscriber of the in-database dispatcher that publishes each event to the
 * broker and returns only when the broker has confirmed it to a queue. So the dispatcher's guarantees carry over: an
 * event is relayed in order per aggregate, retried with back-off while the broker is away, and marked done only after
 * the broker holds it. A crash between the confirm and the dispatcher's commit relays it again; the consumers' inboxes
 * make that a no-op.
 */
public final class RabbitMqRelay implements EventSubscription.Forwarder, AutoCloseable {
    /** The relay's subscriber id in the dispatcher's bookkeeping (event deliveries list it like any subscriber). */
    public static final String SUBSCRIBER_ID = "platform.rabbitmq-relay";
    static final String VERSION = "cypf-event-version";
    static final String SOURCE_CONTEXT = "cypf-source-context";
    static final String AGGREGATE_ID = "cypf-aggregate-id";
    static final String POSITION = "cypf-position";
    static final String OCCURRED_AT = "cypf-occurred-at";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final RabbitMqSettings settings;
    private final Connection connection;
    private final AtomicBoolean returned = new AtomicBoolean();
    private Channel channel;

    private RabbitMqRelay(RabbitMqSettings settings, Connection connection) {
        this.settings = settings;
        this.connection = connection;
    }

    /**
     * Connects and declares the queue of every subscriber in {@code consumed}, so that what the relay publishes has
     * somewhere to wait even before any consumer has started.
     */
    public static RabbitMqRelay connect(RabbitMqSettings settings, Collection<EventSubscription> consumed) {
        try {
            Connection connection = connectionFactory(settings).newConnection("cypf-outbox-relay");
            try (Channel declaring = connection.createChannel()) {
                for (EventSubscription subscription : consumed) {
                    RabbitMqTopology.declare(declaring, settings, subscription);
                }
            }
            return new RabbitMqRelay(settings, connection);
        } catch (IOException | TimeoutException e) {
            throw new BrokerUnavailable("cannot reach the message broker", e);
        }
    }

    /** The subscription to give the in-database dispatcher in place of {@code consumed}. */
    public EventSubscription subscription(Collection<EventSubscription> consumed) {
        return EventSubscription.forwarding(SUBSCRIBER_ID, List.copyOf(consumed), this);
    }

    @Override
    public synchronized void forward(EventMetadata metadata, String payloadJson) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(VERSION, metadata.version());
        headers.put(SOURCE_CONTEXT, metadata.sourceContext());
        headers.put(AGGREGATE_ID, metadata.aggregateId());
        headers.put(POSITION, metadata.position());
        headers.put(OCCURRED_AT, metadata.occurredAt().toString());
        var properties = new AMQP.BasicProperties.Builder()
                .messageId(metadata.eventId().toString())
                .type(metadata.name())
                .contentType("application/json")
                .deliveryMode(2) // persistent: survives a broker restart
                .headers(headers)
                .build();
        returned.set(false);
        try {
            Channel channel = openChannel();
            channel.basicPublish(settings.exchange(), RabbitMqSettings.routingKey(metadata.name(), metadata.version()),
                    true, properties, payloadJson.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
        } catch (IOException | TimeoutException e) {
            throw new BrokerUnavailable("the broker did not confirm the event", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable("interrupted while waiting for the broker's confirm", e);
        }
        if (returned.get()) {
            throw new BrokerUnavailable("no queue is bound for " + metadata.name() + " v" + metadata.version(), null);
        }
    }

    /**
     * The publishing channel, opened again when the last one closed (a confirm that timed out or was refused closes
     * it; a dropped connection is re-opened by the client's recovery).
     */
    private Channel openChannel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Channel fresh = connection.createChannel();
            fresh.confirmSelect();
            // A mandatory message no queue takes comes back before its confirm: the publish then counts as failed.
            fresh.addReturnListener(r -> returned.set(true));
            channel = fresh;
        }
        return channel;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // Closing a connection the broker already dropped: nothing is left to release.
        }
    }

    static ConnectionFactory connectionFactory(RabbitMqSettings settings) {
        var factory = new ConnectionFactory();
        try {
            factory.setUri(settings.uri());
        } catch (Exception e) { // URISyntaxException, NoSuchAlgorithmException, KeyManagementException
            throw new IllegalArgumentException("the broker's URI cannot be used", e);
        }
        factory.setConnectionTimeout(3_000);
        factory.setAutomaticRecoveryEnabled(true); // reconnects, re-opens channels and re-registers consumers
        factory.setNetworkRecoveryInterval(1_000);
        return factory;
    }

    /** The broker could not be reached or did not take an event; the dispatcher retries the delivery with back-off. */
    public static final class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
