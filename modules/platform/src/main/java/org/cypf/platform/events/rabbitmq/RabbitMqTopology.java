package org.cypf.platform.events.rabbitmq;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.Map;
import org.cypf.platform.events.EventSubscription;

/**
 * Declares the exchanges, queues and bindings (idempotent: the relay and every consumer declare the same). A queue
 * exists before the relay's first publish, so no event is published to nowhere.
 *
 * <p>Each subscriber's queue has a single active consumer: however many instances consume it, one at a time receives
 * its events, in the order published, which keeps the order per aggregate the in-database dispatcher keeps.
 */
final class RabbitMqTopology {
    private RabbitMqTopology() {}

    static void declare(Channel channel, RabbitMqSettings settings, EventSubscription subscription) throws IOException {
        channel.exchangeDeclare(settings.exchange(), BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(settings.deadLetterExchange(), BuiltinExchangeType.DIRECT, true);
        String queue = settings.queueOf(subscription.subscriberId());
        String failed = settings.failedQueueOf(subscription.subscriberId());
        channel.queueDeclare(failed, true, false, false, null);
        channel.queueBind(failed, settings.deadLetterExchange(), queue);
        channel.queueDeclare(queue, true, false, false, Map.of(
                "x-single-active-consumer", true,
                "x-dead-letter-exchange", settings.deadLetterExchange(),
                "x-dead-letter-routing-key", queue));
        for (String event : subscription.handledEvents()) {
            channel.queueBind(queue, settings.exchange(), RabbitMqSettings.routingKey(event));
        }
    }
}
