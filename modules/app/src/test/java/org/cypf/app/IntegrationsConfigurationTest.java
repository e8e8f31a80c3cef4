package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cypf.educationskills.schoolsystem.adapter.out.persistence.SchoolSystemDatabase;
import org.cypf.educationskills.api.schoolsystem.SchoolSystemFeed;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.NotificationFailed;
import org.cypf.kernel.notification.Recipient;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.notify.LoggingNotifications;
import org.cypf.platform.notify.NotifyHttpNotifications;
import org.cypf.testing.AdminSql;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The integrations of ADR 0107 are off unless configured, and on when they are: with no notification service the
 * application only logs notifications and with no school information system it imports nothing; with both configured
 * it sends to the service (a local fake of GOV.UK Notify) at the allocated worker's address from governance's
 * involvements (ADR 0108), and it reads the school system's MariaDB database on its schedule.
 */
class IntegrationsConfigurationTest {
    private static final String API_KEY = "cypf_test-26785a09-ab16-4eb0-8407-a37497a57506-"
            + "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final String TEMPLATE = "social-care.suspension-of-child-known-to-social-care";
    private static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    private HttpServer fake;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTheFakeNotificationService() throws IOException {
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/v2/notifications/email", exchange -> {
            received.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            byte[] reply = ("{\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        fake.start();
    }

    @AfterEach
    void stopTheFakeNotificationService() {
        fake.stop(0);
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "localhost");
        settings.put("security.development-issuer.enabled", "true");
        settings.put("db.pool-size", "4");
        settings.put("governance.audit.seal-interval-seconds", "0");
        return settings;
    }

    private static CypfApplication start(Map<String, String> settings, TestDatabase.Target database) {
        return CypfApplication.start(RunningApplication.config(settings),
                new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));
    }

    @Test
    void unconfigured_notifications_are_only_logged_and_no_school_system_is_read() {
        TestDatabase.Target database = TestDatabase.fresh("integrations off");
        Map<String, String> settings = settings();
        settings.put("social-care.overdue-conference-check-minutes", "0");
        try (CypfApplication app = start(settings, database)) {
            assertInstanceOf(LoggingNotifications.class, app.notifications());
            assertFalse(app.conferenceClock().running());
            assertFalse(app.schoolSystem().enabled());
            assertThrows(IllegalStateException.class, () -> app.schoolSystem().runOnce());
        }
        assertEquals(List.of(), received);
    }

    @Test
    void a_notification_service_without_its_api_key_stops_the_start() {
        Map<String, String> settings = settings();
        settings.put("notifications.notify.base-url", "http://127.0.0.1:" + fake.getAddress().getPort());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> start(settings, TestDatabase.fresh("notify without a key")).close());
        assertTrue(refused.getMessage().contains("NOTIFICATIONS_NOTIFY_API_KEY"), refused.getMessage());
    }

    @Test
    void configured_the_allocated_worker_is_notified_at_their_address_and_the_school_system_is_imported() {
        TestDatabase.Target database = TestDatabase.fresh("integrations on");
        try (SchoolSystemDatabase mis = SchoolSystemDatabase.fresh()) {
            mis.run("/org/cypf/educationskills/schoolsystem/school-information-system.sql");
            mis.run("/org/cypf/educationskills/schoolsystem/seeded-school.sql");

            Map<String, String> settings = settings();
            settings.put("notifications.notify.base-url", "http://127.0.0.1:" + fake.getAddress().getPort());
            settings.put("notifications.notify.api-key", API_KEY);
            settings.put("notifications.notify.templates.0.name", TEMPLATE);
            settings.put("notifications.notify.templates.0.id", TEMPLATE_ID);
            settings.put("notifications.notify.email-domains.0.organisation", "council");
            settings.put("notifications.notify.email-domains.0.domain", "stoke.example.gov.uk");
            settings.put("education-skills.school-system.url", mis.jdbcUrl());
            settings.put("education-skills.school-system.user", mis.user());
            settings.put("education-skills.school-system.password", mis.password());
            settings.put("education-skills.school-system.name", "brook-mis");
            settings.put("education-skills.school-system.interval-seconds", "3600");
            try (CypfApplication app = start(settings, database)) {
                AdminSql admin = new AdminSql(database);
                assertInstanceOf(NotifyHttpNotifications.class, app.notifications());
                assertTrue(app.conferenceClock().running(), "every 60 minutes unless set otherwise");

                // The allocated worker, as a team manager records them (ADR 0032); an earlier allocation has ended.
                ChildId child = ChildId.newId();
                admin.execute("insert into governance.involvement (child_id, user_id, organisation, kind, valid_from, "
                        + "valid_to, recorded_by) values ('" + child.value() + "', 'sw.old', 'council', "
                        + "'ALLOCATED-WORKER', '2020-01-01', '2021-01-01', 'tm.patel')");
                admin.execute("insert into governance.involvement (child_id, user_id, organisation, kind, valid_from, "
                        + "recorded_by) values ('" + child.value() + "', 'sw.smith', 'council', 'ALLOCATED-WORKER', '"
                        + LocalDate.now().minusDays(3) + "', 'tm.patel')");
                app.notifications().send(new Notification(TEMPLATE, Recipient.allocatedWorkerOf(child),
                        Map.of("start_date", "2026-11-30"), "exclusion-1"));
                assertEquals(1, received.size());
                assertEquals("sw.smith@stoke.example.gov.uk", received.get(0).get("email_address").asText());
                assertEquals(TEMPLATE_ID, received.get(0).get("template_id").asText());

                NotificationFailed nobody = assertThrows(NotificationFailed.class, () -> app.notifications().send(
                        new Notification(TEMPLATE, Recipient.allocatedWorkerOf(ChildId.newId()), Map.of(), "x-2")));
                assertTrue(nobody.getMessage().contains("no address"), nobody.getMessage());

                // The first scheduled run starts at once; the watermark shows it read the whole feed.
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (admin.count("select count(*) from education_skills.school_system_watermark "
                        + "where system_name = 'brook-mis' and feed = 'attendance' and rows_read = 6") == 0) {
                    assertTrue(Instant.now().isBefore(deadline), "the scheduled import did not run within 60 s");
                    Thread.sleep(100);
                }
                assertTrue(app.schoolSystem().enabled());
                SchoolSystemFeed.ImportRun again = app.schoolSystem().runOnce();
                assertEquals(0, again.attendanceRead(), "the scheduled run read everything already");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
