package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cypf.db.EmbeddedPostgresServer;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.Test;

/**
 * CYPF with its database gone (issue 9): a request fails fast with a 503 problem a client can act on, health says
 * DOWN within a second, and metrics answer without waiting on the database. On a server of its own, so stopping
 * it disturbs no other test.
 */
class DatabaseOutageTest {
    private static final List<String> SCHEMAS = List.of("platform", "governance", "social_care", "education_skills",
            "family_support", "health_wellbeing");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String authorization;

    record Answer(int status, HttpResponse<String> raw, long millis) {
        JsonNode json() throws IOException {
            return JsonMapping.clients().readTree(raw.body());
        }
    }

    @Test
    void with_the_database_gone_requests_answer_503_fast_health_says_down_within_a_second_and_metrics_answer()
            throws Exception {
        var server = EmbeddedPostgresServer.startEphemeral();
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of("server.port", "0", "server.host", "localhost",
                                "events.poll-interval-ms", "50", "db.pool-size", "2",
                                "security.development-issuer.enabled", "true")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        try (var app = CypfApplication.start(config,
                new DatabaseSettings(server.ensureDatabase("cypf"), EmbeddedPostgresServer.SUPERUSER, ""))) {
            String url = "http://localhost:" + app.port();
            // The operations administrator of the shipped development users: metrics are theirs to read.
            authorization = "Bearer " + token(url, "ops.taylor");
            assertEquals(200, get(url + "/family-support/family-hubs").status(), "serving while the database is up");
            assertEquals(200, get(url + "/observe/health").status());

            server.close();

            Answer refused = get(url + "/family-support/family-hubs");
            System.out.printf("database down: request %d in %d ms%n", refused.status(), refused.millis());
            assertEquals(503, refused.status(), refused.raw().body());
            assertEquals("application/problem+json", refused.raw().headers().firstValue("Content-Type").orElse(null));
            assertEquals("5", refused.raw().headers().firstValue("Retry-After").orElse(null));
            assertEquals("urn:cypf:problem:database-unavailable", refused.json().get("type").asText());
            assertEquals(503, refused.json().get("status").asInt());
            assertTrue(refused.millis() < 5_000, "a 2 s wait for a connection, not 30 s: " + refused.millis() + " ms");

            Answer health = get(url + "/observe/health");
            System.out.printf("database down: health %d in %d ms%n", health.status(), health.millis());
            assertEquals(503, health.status(), health.raw().body());
            assertTrue(health.millis() < 1_000, "health answered in " + health.millis() + " ms");
            JsonNode database = null;
            for (JsonNode check : health.json().get("checks")) {
                if (check.get("name").asText().equals("database")) {
                    database = check;
                }
            }
            assertEquals("DOWN", database.get("status").asText(), health.raw().body());
            for (String schema : SCHEMAS) {
                assertEquals("DOWN", database.at("/data/" + schema).asText(), schema + " in " + database);
            }

            Answer metrics = get(url + "/observe/metrics");
            System.out.printf("database down: metrics %d in %d ms%n", metrics.status(), metrics.millis());
            assertEquals(200, metrics.status());
            assertTrue(metrics.millis() < 1_000, "metrics answered in " + metrics.millis() + " ms");
            assertTrue(metrics.raw().body().contains("cypf_events_deliveries_pending"), metrics.raw().body());
        } finally {
            server.close();
        }
    }

    /** A token for one of the development issuer's named users, as the README gets one. */
    private String token(String url, String user) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/dev-issuer/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"" + user + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonMapping.clients().readTree(response.body()).get("access_token").asText();
    }

    private Answer get(String url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90))
                .header("Authorization", authorization)
                .header("Accept", url.endsWith("/metrics") ? "text/plain" : "application/json")
                .GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response, (System.nanoTime() - started) / 1_000_000);
    }
}
