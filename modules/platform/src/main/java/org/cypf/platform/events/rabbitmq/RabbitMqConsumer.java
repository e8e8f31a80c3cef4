package org.cypf.platform.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.platform.events.EventMetadata;
import org.cypf.platform.events.EventSubscription;
import org.cypf.platform.events.RetryPolicy;

/**
 * Consumes one subscriber's queue into its inbox (ADR 0038): each message is applied through
 * {@link EventSubscription#applyOnce} — inbox row and change in one transaction of the subscriber's database — and
 * acknowledged only after that commit. A crash before the acknowledgement redelivers the message and the inbox makes
 * it a no-op, so an event is applied once however often it arrives.
 *
 * <p>A failing event is retried here, in place, with the retry policy's back-off, so later events of the queue wait
 * behind it (order before progress, as in the database). After the last attempt it is dead-lettered to the
 * subscriber's {@code .failed} queue for an operator, and the queue moves on.
 */
public final class RabbitMqConsumer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RabbitMqConsumer.class.getName());
    /** Messages the broker may send ahead of the acknowledgements: enough to hide the round trip, few to redeliver. */
    private static final int PREFETCH = 64;

    /** Test seam: runs after the subscriber committed and before the message is acknowledged. */
    interface AfterApplied {
        void run(EventMetadata metadata);
    }

    private final EventSubscription subscription;
    private final RetryPolicy retry;
    private final AfterApplied afterApplied;
    private final Connection connection;
    private volatile boolean closing;

    private RabbitMqConsumer(EventSubscription subscription, RetryPolicy retry, AfterApplied afterApplied,
                             Connection connection) {
        this.subscription = subscription;
        this.retry = retry;
        this.afterApplied = afterApplied;
        this.connection = connection;
    }

    /** Declares the subscriber's queue and starts consuming it; {@link #close()} stops. */
    public static RabbitMqConsumer start(RabbitMqSettings settings, EventSubscription subscription, RetryPolicy retry) {
        return start(settings, subscription, retry, metadata -> {});
    }

    static RabbitMqConsumer start(RabbitMqSettings settings, EventSubscription subscription, RetryPolicy retry,
                                  AfterApplied afterApplied) {
        try {
            Connection connection = RabbitMqRelay.connectionFactory(settings)
                    .newConnection("cypf-consumer-" + subscription.subscriberId());
            var consumer = new RabbitMqConsumer(subscription, retry, afterApplied, connection);
            Channel channel = connection.createChannel();
            RabbitMqTopology.declare(channel, settings, subscription);
            channel.basicQos(PREFETCH);
            // The client hands one channel's deliveries to the callback one at a time, in order.
            channel.basicConsume(settings.queueOf(subscription.subscriberId()), false,
                    (tag, delivery) -> consumer.apply(channel, delivery), tag -> {});
            return consumer;
        } catch (IOException | TimeoutException e) {
            throw new RabbitMqRelay.BrokerUnavailable("cannot reach the message broker", e);
        }
    }

    private void apply(Channel channel, Delivery delivery) throws IOException {
        long tag = delivery.getEnvelope().getDeliveryTag();
        for (int attempts = 1; ; attempts++) {
            if (closing || !channel.isOpen()) {
                return; // never acknowledged on this channel: the broker gives the message to the next consumer
            }
            EventMetadata metadata = metadata(delivery.getProperties());
            try {
                subscription.applyOnce(metadata, new String(delivery.getBody(), StandardCharsets.UTF_8));
            } catch (RuntimeException failure) {
                boolean givingUp = attempts >= retry.maxAttempts();
                // Only the exception's class: messages can quote the data being handled (a child's details).
                LOG.log(Level.WARNING, "applying {0} #{1} to {2} failed (attempt {3}{4}): {5}", new Object[] {
                        metadata.name(), metadata.position(), subscription.subscriberId(), attempts,
                        givingUp ? ", dead-lettered" : "", failure.getClass().getName()});
                if (givingUp) {
                    channel.basicNack(tag, false, false);
                    return;
                }
                LockSupport.parkNanos(retry.delayAfter(attempts).toNanos());
                continue;
            }
            afterApplied.run(metadata);
            // If this fails (the connection dropped), the message comes back and the inbox makes it a no-op.
            channel.basicAck(tag, false);
            return;
        }
    }

    /** The event's metadata from the relay's message properties (RabbitMqRelay.forward writes them). */
    static EventMetadata metadata(AMQP.BasicProperties properties) {
        Map<String, Object> headers = properties.getHeaders();
        return new EventMetadata(UUID.fromString(properties.getMessageId()), properties.getType(),
                ((Number) headers.get(RabbitMqRelay.VERSION)).intValue(),
                headers.get(RabbitMqRelay.SOURCE_CONTEXT).toString(),
                headers.get(RabbitMqRelay.AGGREGATE_ID).toString(),
                Instant.parse(headers.get(RabbitMqRelay.OCCURRED_AT).toString()),
                ((Number) headers.get(RabbitMqRelay.POSITION)).longValue());
    }

    /** Stops consuming; a message being applied finishes or, unacknowledged, goes back to the queue. */
    @Override
    public void close() {
        closing = true;
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // The broker already dropped the connection: unacknowledged messages are back on the queue.
        }
    }
}
