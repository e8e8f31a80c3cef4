package org.cypf.socialcare.schoolexclusions.adapter.in.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.educationskills.api.event.PupilSuspendedOrExcluded;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.Recipient;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.schoolexclusions.application.SchoolExclusionsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Education's suspensions and exclusions reaching social care: on the record of the child it knows by UPN, once even
 * when delivered twice, with an alert for the allocated worker when the child is looked after (or has a social
 * worker), none when social care only had a contact about the child, nothing for a pupil it does not know.
 */
class SchoolExclusionSubscriberTest {
    private static final String KNOWN_BY_CONTACT = "P861200101003";
    private static final String UNKNOWN = "D861200101004";
    private static final String OTHER_IN_CARE = "T861200101005";
    private static SocialCareFixture f;
    private static ContextDatabase educationDb;
    private static ContextDatabase platformDb;
    private static EventDispatcher dispatcher;

    @BeforeAll
    static void setUp() {
        f = SocialCareFixture.start("school exclusions", 20_000);
        var settings = new DatabaseSettings(f.target.jdbcUrl(), f.target.user(), f.target.password());
        educationDb = ContextDatabase.open(settings, "education_skills", 2);
        platformDb = ContextDatabase.open(settings, "platform", 2);
        dispatcher = new EventDispatcher(platformDb, f.context.subscriptions(),
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));
    }

    @AfterAll
    static void tearDown() {
        dispatcher.close();
        educationDb.close();
        platformDb.close();
        f.close();
    }

    private static void dispatchUntilIdle() {
        for (int i = 0; i < 10 && dispatcher.dispatchOnce() > 0; i++) {
            // until idle
        }
    }

    private static UUID excluded(String upn, String category, String reason, LocalDate start, Integer sessions) {
        UUID id = UUID.randomUUID();
        educationDb.run(() -> new OutboxPublisher("education-skills").publish(new PupilSuspendedOrExcluded(id,
                UUID.randomUUID().toString(), upn, 100001, category, reason, start, sessions)));
        return id;
    }

    @Test
    void a_looked_after_childs_suspension_goes_on_their_record_once_with_an_alert_for_the_allocated_worker() {
        f.context.childrenLookedAfter().startToBeLookedAfter(SocialCareFixture.SOCIAL_WORKER,
                SocialCareFixture.startCommand("C7001", LocalDate.of(2014, 2, 3), LocalDate.of(2024, 9, 2)));
        UUID suspension = excluded(SocialCareFixture.UPN, "SUSPENSION", "VA", LocalDate.of(2024, 11, 4), 4);

        dispatchUntilIdle();
        String sql = "select count(*) from social_care.school_exclusion e join social_care.child c using (child_id) "
                + "where c.la_child_id = 'C7001' and e.exclusion_id = ? and e.alert_raised";
        assertEquals(1, f.count(sql, suspension));
        assertEquals(1, f.count("select count(*) from governance.child_record_access "
                + "where user_id = 'social-care.school-exclusions' and record_type = 'school-exclusion'"));

        f.admin.execute("update platform.event_delivery set status = 'PENDING' where subscriber_id = ?",
                SchoolExclusionSubscriber.SUBSCRIBER);
        dispatchUntilIdle();
        assertEquals(1, f.count(sql, suspension), "redelivered, applied once");
        List<Notification> alerts = f.notifications.sent().stream()
                .filter(n -> n.reference().equals(suspension.toString())).toList();
        assertEquals(1, alerts.size(), "the allocated worker is told once: " + alerts);
        assertEquals(SchoolExclusionsService.ALERT_TEMPLATE, alerts.get(0).template());
        assertEquals(Recipient.ALLOCATED_WORKER, alerts.get(0).to().role());
        assertEquals("2024-11-04", alerts.get(0).personalisation().get("start_date"));
        assertTrue(alerts.get(0).personalisation().get("child_record").startsWith("/children/"));
        assertFalse(alerts.get(0).personalisation().containsValue("C7001"), "no local child id beyond the link");
        assertEquals(1, f.count("select count(*) from governance.child_record_access "
                + "where user_id = 'social-care.school-exclusions' and record_type = 'school-exclusion'"));
    }

    @Test
    void a_child_known_only_by_a_contact_gets_the_record_but_no_alert_and_an_unknown_pupil_changes_nothing() {
        f.context.frontDoor().recordContact(SocialCareFixture.SOCIAL_WORKER, new RecordContact(
                new ChildDetails("C7002", UniquePupilNumber.parse(KNOWN_BY_CONTACT), null, LocalDate.of(2012, 5, 6), "1"),
                Instant.parse("2024-10-01T09:00:00Z"), "2A", null, "Brook Primary", "worried about attendance",
                List.of()));
        UUID permanent = excluded(KNOWN_BY_CONTACT, "PERMANENT", "DB", LocalDate.of(2025, 1, 13), null);
        UUID stranger = excluded(UNKNOWN, "SUSPENSION", "PP", LocalDate.of(2025, 1, 13), 2);

        dispatchUntilIdle();
        assertEquals(1, f.count("select count(*) from social_care.school_exclusion where exclusion_id = ? "
                + "and not alert_raised and category = 'PERMANENT'", permanent));
        assertEquals(0, f.count("select count(*) from social_care.school_exclusion where exclusion_id = ?", stranger));
        assertTrue(f.notifications.sent().stream().noneMatch(n -> n.reference().equals(permanent.toString())
                || n.reference().equals(stranger.toString())), "no alert without a social worker or care");
    }

    @Test
    void a_refused_notification_rolls_the_record_back_and_the_redelivery_records_and_notifies() {
        f.context.childrenLookedAfter().startToBeLookedAfter(SocialCareFixture.SOCIAL_WORKER, new StartToBeLookedAfter(
                new ChildDetails("C7003", UniquePupilNumber.parse(OTHER_IN_CARE), null, LocalDate.of(2013, 4, 5), "2"),
                LocalDate.of(2024, 9, 9), "C2", "N1", new Placement("U6", "PR1", Postcode.parse("ST4 1HH"), "SC123456"),
                Postcode.parse("ST5 2AB")));
        f.notifications.refuseNext();
        UUID suspension = excluded(OTHER_IN_CARE, "SUSPENSION", "VA", LocalDate.of(2024, 12, 2), 2);
        dispatcher.dispatchOnce();
        assertEquals(0, f.count("select count(*) from social_care.school_exclusion where exclusion_id = ?", suspension),
                "refused: nothing recorded");
        f.admin.execute("update platform.event_delivery set next_attempt_at = now() where subscriber_id = ?",
                SchoolExclusionSubscriber.SUBSCRIBER);
        dispatchUntilIdle();
        assertEquals(1, f.count("select count(*) from social_care.school_exclusion where exclusion_id = ?", suspension));
        assertEquals(1, f.notifications.sent().stream().filter(n -> n.reference().equals(suspension.toString())).count());
    }
}
