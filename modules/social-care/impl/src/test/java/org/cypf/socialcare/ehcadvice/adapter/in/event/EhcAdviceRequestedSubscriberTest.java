package org.cypf.socialcare.ehcadvice.adapter.in.event;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.healthwellbeing.api.event.EhcAdviceRequested;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health's request for advice, from health's outbox through the platform's dispatcher on PostgreSQL: the request
 * naming social-care is answered once with social-care.ehc-advice-given; one naming education-skills is passed over.
 */
class EhcAdviceRequestedSubscriberTest {
    private AdminSql admin;
    private ContextDatabase own;
    private ContextDatabase health;
    private ContextDatabase platform;
    private EventDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        var target = TestDatabase.fresh("social-care answers ehc advice requests");
        admin = new AdminSql(target);
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        own = ContextDatabase.open(settings, "social_care", 2);
        health = ContextDatabase.open(settings, "health_wellbeing", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var subscriber = new EhcAdviceRequestedSubscriber(new OutboxPublisher("social-care"), own,
                Clock.fixed(of(2025, 3, 3).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        dispatcher = new EventDispatcher(platform, subscriber.subscriptions(),
                new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        own.close();
        health.close();
        platform.close();
    }

    @Test
    void a_request_naming_this_context_is_answered_once_and_one_naming_another_is_passed_over() {
        ChildId child = ChildId.newId();
        UUID request = UUID.randomUUID();
        var asked = new EhcAdviceRequested(child.toString(), request, "social-care", of(2025, 2, 10), of(2025, 3, 24));
        health.run(() -> new OutboxPublisher("health-wellbeing").publish(asked));
        health.run(() -> new OutboxPublisher("health-wellbeing").publish(new EhcAdviceRequested(child.toString(),
                request, "education-skills", of(2025, 2, 10), of(2025, 3, 24))));
        for (int poll = 0; poll < 20 && dispatcher.dispatchOnce() > 0; poll++) {
            // until idle
        }
        assertEquals(List.of(Map.of("event_name", "social-care.ehc-advice-given", "request", request.toString(),
                        "given", "2025-03-03")),
                admin.rows("""
                        select event_name, payload->>'requestId' as request, payload->>'givenOn' as given
                          from platform.outbox where source_context = 'social-care' and aggregate_id = ?""",
                        child.toString()));
    }
}
