package org.cypf.platform.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.NotificationFailed;
import org.cypf.kernel.notification.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification adapters of ADR 0102, against a local fake of a GOV.UK Notify-shaped service (the JDK's HTTP
 * server on a free port): what is posted, how it is signed, what a refusal does; and the logging adapter's line.
 */
class NotifyHttpNotificationsTest {
    private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final String API_KEY = "cypf_test-" + SERVICE_ID + "-" + SECRET;
    private static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ChildId CHILD = ChildId.of(UUID.fromString("0b0c8f4e-51c3-4f63-9d0c-1f0c3e8b8a01"));

    private HttpServer fake;
    private final List<Map<String, String>> received = new ArrayList<>();
    private volatile int answer = 201;

    @BeforeEach
    void startTheFakeService() throws IOException {
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/v2/notifications/email", exchange -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            exchange.getRequestBody().transferTo(body);
            received.add(Map.of("method", exchange.getRequestMethod(),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "body", body.toString(StandardCharsets.UTF_8)));
            byte[] reply = (answer == 201 ? "{\"id\":\"" + UUID.randomUUID() + "\"}"
                    : "{\"errors\":[{\"error\":\"BadRequestError\",\"message\":\"Missing personalisation\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        fake.start();
    }

    @AfterEach
    void stopTheFakeService() {
        fake.stop(0);
    }

    private NotifyHttpNotifications notify(Map<String, String> addresses) {
        return new NotifyHttpNotifications(URI.create("http://127.0.0.1:" + fake.getAddress().getPort()), API_KEY,
                Map.of("social-care.suspension-of-child-in-care", TEMPLATE_ID),
                r -> Optional.ofNullable(addresses.get(r.role())), Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofSeconds(5));
    }

    private static Notification suspension() {
        return new Notification("social-care.suspension-of-child-in-care", Recipient.allocatedWorkerOf(CHILD),
                Map.of("record_link", "https://cypf.example/children/" + CHILD.value(), "start_date", "2026-11-30"),
                "exclusion-7");
    }

    @Test
    void posts_the_template_id_address_personalisation_and_reference_with_a_signed_api_key_token() throws Exception {
        notify(Map.of("allocated-worker", "cla.duty@council.example")).send(suspension());

        assertEquals(1, received.size());
        assertEquals("POST", received.get(0).get("method"));
        JsonNode body = new ObjectMapper().readTree(received.get(0).get("body"));
        assertEquals("cla.duty@council.example", body.get("email_address").asText());
        assertEquals(TEMPLATE_ID, body.get("template_id").asText());
        assertEquals("exclusion-7", body.get("reference").asText());
        assertEquals("2026-11-30", body.get("personalisation").get("start_date").asText());

        String authorization = received.get(0).get("authorization");
        assertTrue(authorization.startsWith("Bearer "), authorization);
        String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
        assertEquals(3, jwt.length);
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertEquals(SERVICE_ID, claims.get("iss").asText());
        assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
        assertEquals("HS256", new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[0])).get("alg").asText());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, jwt[2], "signed with the key's secret");
    }

    @Test
    void a_refusal_an_unknown_template_or_an_unknown_address_fails_so_the_work_is_retried() {
        answer = 400;
        NotificationFailed refused = assertThrows(NotificationFailed.class,
                () -> notify(Map.of("allocated-worker", "cla.duty@council.example")).send(suspension()));
        assertTrue(refused.getMessage().contains("400"), refused.getMessage());
        assertFalse(refused.getMessage().contains("2026-11-30"), "no personalisation in the message");

        answer = 201;
        assertThrows(NotificationFailed.class, () -> notify(Map.of()).send(suspension()));
        Notification unknown = new Notification("social-care.unknown", Recipient.allocatedWorkerOf(CHILD), Map.of(),
                "r-1");
        assertThrows(NotificationFailed.class,
                () -> notify(Map.of("allocated-worker", "cla.duty@council.example")).send(unknown));
        assertEquals(1, received.size(), "only the refused one reached the service");
    }

    @Test
    void the_logging_adapter_logs_that_it_was_due_without_the_child_or_the_personalisation() {
        List<String> lines = new ArrayList<>();
        Logger logger = Logger.getLogger(LoggingNotifications.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            new LoggingNotifications().send(suspension());
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("social-care.suspension-of-child-in-care")
                && lines.get(0).contains("allocated-worker") && lines.get(0).contains("exclusion-7"), lines.get(0));
        assertFalse(lines.get(0).contains(CHILD.value().toString()), "the child is not logged");
        assertFalse(lines.get(0).contains("2026-11-30"), "the personalisation is not logged");
    }
}
