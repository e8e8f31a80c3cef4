package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventSubscription;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestBroker;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CYPF configured to take education's events from RabbitMQ (ADR 0038), against the real broker: a child entering
 * care in social care reaches the virtual school's roll through the outbox relay and education's queue, while the
 * in-database dispatcher keeps delivering to the other contexts.
 */
class EventsOnTheBrokerTest {
    private RunningCypf cypf;
    private URI broker;
    private String exchange;

    @AfterEach
    void stop() throws Exception {
        if (cypf != null) {
            cypf.close();
        }
        if (exchange != null) {
            var factory = new ConnectionFactory();
            factory.setUri(broker);
            try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
                channel.queueDelete(exchange + ".education-skills.virtual-school.children-in-care");
                channel.queueDelete(exchange + ".education-skills.virtual-school.children-in-care.failed");
                channel.exchangeDelete(exchange);
                channel.exchangeDelete(exchange + ".dead-letter");
            }
        }
    }

    @Test
    void a_child_entering_care_reaches_the_virtual_school_through_the_broker() throws Exception {
        broker = TestBroker.uriOrSkip();
        exchange = "cypf.test." + UUID.randomUUID().toString().substring(0, 8);
        cypf = RunningCypf.start("events on the broker", Map.of(
                "events.broker.uri", broker.toString(),
                "events.broker.exchange", exchange,
                "events.broker.contexts.0", "education-skills"));

        var created = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "C2001", "upn": "L861200101001", "dateOfBirth": "2014-02-03", "sex": "1"},
                 "startDate": "2025-04-10", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}""");
        assertEquals(201, created.status(), created.body());
        String childId = created.json().get("childId").asText();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (cypf.count("select count(*) from education_skills.virtual_school_child where child_id = ?::uuid",
                childId) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the child did not reach the virtual school's roll");
            Thread.sleep(50);
        }
        // The relay marks its delivery COMPLETED after the broker confirms, which can be after the consumer has
        // already applied the event: waited for, not read once.
        while (cypf.count("select count(*) from platform.event_delivery where subscriber_id = 'platform.rabbitmq-relay'"
                + " and status = 'COMPLETED'") == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the relay did not record the event as published");
            Thread.sleep(50);
        }
        assertEquals(0, cypf.count("select count(*) from platform.event_delivery where subscriber_id like 'education-skills.%'"),
                "no education subscriber is served by the in-database dispatcher");
        assertEquals(1, cypf.count("select count(*) from platform.inbox"
                + " where subscriber_id = 'education-skills.virtual-school.children-in-care'"));
    }

    @Test
    void a_broker_setting_that_names_no_subscribing_context_stops_the_start() {
        var database = TestDatabase.fresh("broker misconfigured");
        var settings = new DatabaseSettings(database.jdbcUrl(), database.user(), database.password());
        var config = RunningApplication.config(Map.of(
                "events.broker.uri", "amqp://guest:guest@127.0.0.1:5672",
                "events.broker.contexts.0", "social-kare"));
        try (var platform = ContextDatabase.open(settings, "platform", 1);
             var education = ContextDatabase.open(settings, "education_skills", 1)) {
            var subscriptions = List.of(EventSubscription.named("education-skills.virtual-school.children-in-care", education));
            var refused = assertThrows(IllegalStateException.class,
                    () -> EventTransport.from(config.get("events"), platform, subscriptions));
            assertEquals("events.broker.contexts names social-kare, which subscribes to no events; contexts that "
                    + "subscribe: [education-skills]", refused.getMessage());
        }
    }
}
