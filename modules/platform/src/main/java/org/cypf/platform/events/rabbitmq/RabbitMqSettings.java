package org.cypf.platform.events.rabbitmq;

import java.net.URI;
import java.util.Objects;

/**
 * Where the broker is and which exchange carries CYPF's events.
 *
 * @param uri      an AMQP URI, e.g. {@code amqp://guest:guest@127.0.0.1:5672} ({@code amqps://} in production: events
 *                 carry children's identifiers)
 * @param exchange the topic exchange events are published to; each subscriber's queue is named after it
 */
public record RabbitMqSettings(URI uri, String exchange) {
    public static final String DEFAULT_EXCHANGE = "cypf.events";

    public RabbitMqSettings {
        Objects.requireNonNull(uri, "uri");
        if (!"amqp".equals(uri.getScheme()) && !"amqps".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the broker's address is an amqp:// or amqps:// URI");
        }
        if (exchange == null || !exchange.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("an exchange name is dotted lower-case, e.g. cypf.events");
        }
    }

    /** The durable queue a subscriber's events wait in: {@code <exchange>.<subscriber id>}. */
    public String queueOf(String subscriberId) {
        return exchange + "." + subscriberId;
    }

    /** Where a subscriber's events go after their last failed attempt, for an operator to look at and move back. */
    public String failedQueueOf(String subscriberId) {
        return queueOf(subscriberId) + ".failed";
    }

    String deadLetterExchange() {
        return exchange + ".dead-letter";
    }

    /** The routing key of one event type: its published name and version, e.g. {@code social-care.child-entered-care.v1}. */
    static String routingKey(String eventName, int version) {
        return eventName + ".v" + version;
    }

    /** The routing key of an event held as {@code name@version} (EventSubscription.handledEvents). */
    static String routingKey(String handledEvent) {
        int at = handledEvent.lastIndexOf('@');
        return routingKey(handledEvent.substring(0, at), Integer.parseInt(handledEvent.substring(at + 1)));
    }
}
