package org.cypf.familysupport.request.adapter.in.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.familysupport.FamilySupportContext;
import org.cypf.familysupport.api.request.HandedOverFamilyMember;
import org.cypf.familysupport.api.request.HandedOverHistory;
import org.cypf.familysupport.api.request.RecordConsent;
import org.cypf.familysupport.api.request.RequestForSupportView;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.Conflict;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.api.event.ContactSteppedDownToEarlyHelp;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Social care's front door steps a contact down; family support opens one request for support, even if redelivered. */
class ContactStepDownTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final Caller PRACTITIONER = new Caller("fs.jones", "stoke-council", Set.of(), null);
    private static TestDatabase.Target db;
    private static ContextDatabase familySupportDb;
    private static ContextDatabase socialCareDb;
    private static ContextDatabase platformDb;
    private static FamilySupportContext context;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.fresh("contact step down");
        var settings = new DatabaseSettings(db.jdbcUrl(), db.user(), db.password());
        familySupportDb = ContextDatabase.open(settings, "family_support", 2);
        socialCareDb = ContextDatabase.open(settings, "social_care", 2);
        platformDb = ContextDatabase.open(settings, "platform", 2);
        context = new FamilySupportContext(familySupportDb,
                RecordingChildRecordAccess.forPartners(Set.of("stoke-council")).withAuditAsAdministrator(db), CLOCK);
    }

    @AfterAll
    static void tearDown() {
        familySupportDb.close();
        socialCareDb.close();
        platformDb.close();
    }

    private static long count(String sql, Object... args) {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dispatchUntilIdle(EventDispatcher dispatcher) {
        for (int i = 0; i < 10 && dispatcher.dispatchOnce() > 0; i++) {
            // until idle
        }
    }

    @Test
    void a_step_down_opens_one_request_for_support_even_when_redelivered_and_consent_comes_before_triage()
            throws SQLException {
        UUID child = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        var event = new ContactSteppedDownToEarlyHelp(child.toString(), contact, LocalDate.of(2025, 6, 27),
                LocalDate.of(2016, 5, 4), "1B", "School worried about attendance and home conditions",
                List.of(new ContactSteppedDownToEarlyHelp.FamilyMember("Sam Doe", "mother")));
        socialCareDb.run(() -> new OutboxPublisher("social-care").publish(event));
        var dispatcher = new EventDispatcher(platformDb, context.subscriptions(),
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));

        dispatchUntilIdle(dispatcher);
        String opened = "select count(*) from family_support.request_for_support where stepped_down_from_contact = ?";
        assertEquals(1, count(opened, contact));

        // redelivery (the acknowledgement lost): the inbox makes it a no-op
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("update platform.event_delivery set status = 'PENDING' where subscriber_id = ?")) {
            s.setString(1, ContactStepDownSubscriber.SUBSCRIBER);
            assertEquals(1, s.executeUpdate());
        }
        dispatchUntilIdle(dispatcher);
        assertEquals(1, count(opened, contact));

        // and the use case itself opens once per contact, had the inbox not caught it
        RequestForSupportView again = context.requestsForSupport().openFromStepDown(Caller.system("test"),
                new org.cypf.familysupport.api.request.OpenRequestFromStepDown(child.toString(), contact,
                        LocalDate.of(2025, 6, 27), "again", null));
        assertEquals(1, count(opened, contact));
        // the history handed over with the first delivery is kept with the request, once
        assertEquals(new HandedOverHistory("1B", LocalDate.of(2016, 5, 4),
                List.of(new HandedOverFamilyMember("Sam Doe", "mother"))), again.handedOver());
        assertEquals(1, count("select count(*) from family_support.request_handed_over_family_member m "
                + "join family_support.request_for_support r using (request_id) where r.stepped_down_from_contact = ?",
                contact));
        assertEquals(again.handedOver(), context.requestsForSupport().request(PRACTITIONER, again.requestId())
                .handedOver(), "read back as stored");
        assertEquals("School worried about attendance and home conditions", again.need());
        assertEquals(contact, again.steppedDownFromContact());

        var requests = context.requestsForSupport();
        assertThrows(Conflict.class, () -> requests.triage(PRACTITIONER, new TriageRequestForSupport(
                again.requestId(), 0, LocalDate.of(2025, 6, 28), "EARLY_HELP", null)));
        RequestForSupportView consented = requests.recordConsent(PRACTITIONER,
                new RecordConsent(again.requestId(), 0, "Sam Doe", LocalDate.of(2025, 6, 28)));
        assertEquals("EARLY_HELP", requests.triage(PRACTITIONER, new TriageRequestForSupport(again.requestId(),
                consented.version(), LocalDate.of(2025, 6, 28), "EARLY_HELP", null)).triageOutcome());
    }
}
