package org.cypf.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A publisher bound to social care publishes social care's events and refuses another context's (ADR 0014). */
class OutboxPublisherTest {

    @PublishedEvent(name = "social-care.child-entered-care")
    record ChildEnteredCare(String aggregateId) implements IntegrationEvent {}

    @PublishedEvent(name = "family-support.early-help-stepped-up-to-social-care")
    record EarlyHelpSteppedUp(String aggregateId) implements IntegrationEvent {}

    /** Named after social care, but for a context whose name merely starts the same way. */
    @PublishedEvent(name = "social-care-extra.something")
    record LookalikeEvent(String aggregateId) implements IntegrationEvent {}

    private TestDatabase.Target target;
    private ContextDatabase socialCareDb;
    private final OutboxPublisher socialCare = new OutboxPublisher("social-care");

    @BeforeEach
    void setUp() {
        target = TestDatabase.fresh("outbox");
        socialCareDb = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "social_care", 2);
    }

    @AfterEach
    void tearDown() {
        socialCareDb.close();
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_context_publishes_its_own_event_under_its_own_name() {
        socialCareDb.run(() -> socialCare.publish(new ChildEnteredCare("child-1")));

        assertEquals(1, count("select count(*) from platform.outbox where event_name = 'social-care.child-entered-care'"
                + " and source_context = 'social-care'"));
    }

    @Test
    void a_bulk_import_s_events_are_written_in_one_statement_in_the_order_given_with_their_payloads() {
        var events = java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> new ChildEnteredCare("child-" + i)).toList();
        socialCareDb.run(() -> socialCare.publishAll(events));

        assertEquals(2_500, count("select count(*) from platform.outbox where source_context = 'social-care'"
                + " and event_version = 1 and payload ->> 'aggregateId' = aggregate_id"));
        assertEquals(0, count("""
                select count(*) from (select aggregate_id, row_number() over (order by position) - 1 as n
                                        from platform.outbox) o
                 where o.aggregate_id <> 'child-' || o.n"""), "positions follow the order the events were given");
        assertEquals(0, count("select count(*) from (select event_id from platform.outbox group by event_id"
                + " having count(*) > 1) d"), "each event its own id");
    }

    @Test
    void publishing_no_events_writes_nothing_and_needs_no_unit_of_work() {
        socialCare.publishAll(java.util.List.of());
        assertEquals(0, count("select count(*) from platform.outbox"));
    }

    @Test
    void another_contexts_event_is_refused_with_a_clear_exception_and_nothing_is_written() {
        var refused = assertThrows(OutboxPublisher.ForeignEvent.class,
                () -> socialCareDb.run(() -> socialCare.publish(new EarlyHelpSteppedUp("family-1"))));

        assertEquals("social-care", refused.publisher());
        assertEquals("family-support.early-help-stepped-up-to-social-care", refused.eventName());
        assertTrue(refused.getMessage().contains("may publish only its own events (social-care.*)"), refused.getMessage());
        assertEquals(0, count("select count(*) from platform.outbox"));
    }

    @Test
    void a_name_that_only_starts_like_the_context_is_another_context() {
        assertThrows(OutboxPublisher.ForeignEvent.class,
                () -> socialCareDb.run(() -> socialCare.publish(new LookalikeEvent("x-1"))));
        assertEquals(0, count("select count(*) from platform.outbox"));
    }

    @Test
    void the_refusal_comes_before_anything_else_even_outside_a_unit_of_work() {
        assertThrows(OutboxPublisher.ForeignEvent.class, () -> socialCare.publish(new EarlyHelpSteppedUp("family-1")));
    }

    @Test
    void a_publisher_is_bound_to_a_context_name_in_kebab_case() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxPublisher("Social Care"));
        assertThrows(IllegalArgumentException.class, () -> new OutboxPublisher("social-care."));
        assertThrows(NullPointerException.class, () -> new OutboxPublisher(null));
        assertEquals("social-care", socialCare.sourceContext());
    }
}
