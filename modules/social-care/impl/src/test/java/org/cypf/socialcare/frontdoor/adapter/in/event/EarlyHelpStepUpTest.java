package org.cypf.socialcare.frontdoor.adapter.in.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.familysupport.api.event.EarlyHelpSteppedUpToSocialCare;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.SocialCareFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Family support's early help steps a child up; social care's front door records a contact from source 5D, once. */
class EarlyHelpStepUpTest {
    private static SocialCareFixture f;
    private static ContextDatabase familySupportDb;
    private static ContextDatabase platformDb;

    @BeforeAll
    static void setUp() {
        f = SocialCareFixture.start("early help step up", 20_000);
        var settings = new DatabaseSettings(f.target.jdbcUrl(), f.target.user(), f.target.password());
        familySupportDb = ContextDatabase.open(settings, "family_support", 2);
        platformDb = ContextDatabase.open(settings, "platform", 2);
    }

    @AfterAll
    static void tearDown() {
        familySupportDb.close();
        platformDb.close();
        f.close();
    }

    private static void dispatchUntilIdle(EventDispatcher dispatcher) {
        for (int i = 0; i < 10 && dispatcher.dispatchOnce() > 0; i++) {
            // until idle
        }
    }

    @Test
    void a_step_up_becomes_a_contact_from_early_help_once_even_when_redelivered() {
        var event = new EarlyHelpSteppedUpToSocialCare("EH0042", LocalDate.of(2016, 5, 4), "2", UUID.randomUUID(),
                Instant.parse("2025-06-27T10:15:00Z"), "Neglect concerns have grown despite the family plan",
                List.of(new EarlyHelpSteppedUpToSocialCare.FamilyMember("Sam Doe", "mother")));
        familySupportDb.run(() -> new OutboxPublisher("family-support").publish(event));
        var subscriptions = List.of(new EarlyHelpStepUpSubscriber(f.context.frontDoor(), f.socialCareDb).subscription());
        var dispatcher = new EventDispatcher(platformDb, subscriptions,
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));

        dispatchUntilIdle(dispatcher);
        assertEquals(1, f.count("""
                select count(*) from social_care.contact c join social_care.child ch on ch.child_id = c.child_id
                 where ch.la_child_id = 'EH0042' and c.referral_source = '5D'"""));
        assertEquals(1, f.count("select count(*) from governance.child_record_access where user_id = 'social-care.front-door'"));

        // Redelivery (the dispatcher's acknowledgement lost): the inbox makes it a no-op.
        f.admin.execute("update platform.event_delivery set status = 'PENDING' where subscriber_id = ?",
                EarlyHelpStepUpSubscriber.SUBSCRIBER);
        dispatchUntilIdle(dispatcher);
        assertEquals(1, f.count("select count(*) from social_care.contact where referral_source = '5D'"));
        assertEquals("COMPLETED", f.rows("select status from platform.event_delivery where subscriber_id = ?",
                EarlyHelpStepUpSubscriber.SUBSCRIBER).getFirst().get(0, String.class));
    }
}
