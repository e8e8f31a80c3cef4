/**
 * Integration events on RabbitMQ for scale-out (ADR 0038): the outbox relay that publishes what the in-database
 * dispatcher hands it, and the consumer that applies a queue's events through a subscriber's inbox. The only place
 * the broker's client library appears (rule TECH-06).
 */
package org.cypf.platform.events.rabbitmq;
