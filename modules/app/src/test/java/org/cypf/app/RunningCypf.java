package org.cypf.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;

/**
 * The whole of CYPF, started as {@code Main} starts it (the shipped {@code application.yaml}), on a fresh database
 * and a free port, with the dispatcher polling every 50 ms; and a plain HTTP client, as a user's would be.
 *
 * <p>It trusts an identity provider as production does: issuer {@link TestTokens#ISSUER}, whose public keys it
 * fetches over HTTP from a small JWKS server started here; the tests' tokens are signed with that provider's key
 * ({@link TestTokens}). The development issuer is enabled too, with the shipped named users, so the README's
 * walk-through can be followed as written.
 */
final class RunningCypf implements AutoCloseable {
    static final String USER = "sw.smith";
    static final String ORGANISATION = "council";
    static final String ROLE = "social-worker";

    record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JsonMapping.clients().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        boolean isProblem() {
            return "application/problem+json".equals(contentType);
        }
    }

    private final TestDatabase.Target database;
    private final CypfApplication app;
    private final HttpServer identityProvider;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningCypf(TestDatabase.Target database, CypfApplication app, HttpServer identityProvider) {
        this.database = database;
        this.app = app;
        this.identityProvider = identityProvider;
    }

    /** The identity provider's JWKS endpoint, on this machine (plain http is allowed only here). */
    private static HttpServer identityProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] keys = TestTokens.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(keys);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new AssertionError("could not start the test identity provider", e);
        }
    }

    static RunningCypf start(String purpose) {
        var database = TestDatabase.fresh(purpose);
        HttpServer identityProvider = identityProvider();
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
                                "security.issuer", TestTokens.ISSUER,
                                "security.jwks-url", "http://127.0.0.1:" + identityProvider.getAddress().getPort()
                                        + "/jwks.json",
                                "security.development-issuer.enabled", "true",
                                "server.port", "0",
                                "server.host", "localhost",
                                "events.poll-interval-ms", "50",
                                "db.pool-size", "4",
                                "governance.audit.seal-interval-seconds", "1")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        var app = CypfApplication.start(config,
                new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));
        return new RunningCypf(database, app, identityProvider);
    }

    int port() {
        return app.port();
    }

    CypfApplication app() {
        return app;
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** As a council social worker ({@link #USER}). */
    Response getAs(String path) {
        return send(asCaller(request(path)).GET());
    }

    /** As a council auditor (information governance). */
    Response getAsAuditor(String path) {
        return getWith(path, TestTokens.bearer("ig.okafor", ORGANISATION, "auditor"));
    }

    /** As a council administrator (operations). */
    Response getAsAdministrator(String path) {
        return getWith(path, TestTokens.bearer("ops.taylor", ORGANISATION, "administrator"));
    }

    /** With {@code authorization} as the Authorization header (e.g. {@code TestTokens.bearer(...)}). */
    Response getWith(String path, String authorization) {
        return send(request(path).header("Authorization", authorization).GET());
    }

    /** {@code method} with a JSON body (or none) and {@code authorization} as the Authorization header (or none). */
    Response sendWith(String method, String path, String json, String authorization) {
        var request = request(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    Response get(String path, Map<String, String> headers) {
        var request = request(path);
        headers.forEach(request::header);
        return send(request.GET());
    }

    Response postAs(String path, String json) {
        return send(asCaller(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts a document as the caller, with its own content type (e.g. application/yaml). */
    Response postAs(String path, String contentType, String body) {
        return send(asCaller(request(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST {@code body} as {@code contentType} with {@code authorization} as the Authorization header. */
    Response postWith(String path, String contentType, String body, String authorization) {
        return send(request(path).header("Authorization", authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response send(String method, String path, String json) {
        var request = asCaller(request(path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder asCaller(HttpRequest.Builder request) {
        return request.header("Authorization", TestTokens.bearer(USER, ORGANISATION, ROLE));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the database, as its administrator ---------------------------------------------------------------------

    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.put(rs.getMetaData().getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new AssertionError("admin query failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        app.close();
        identityProvider.stop(0);
    }
}
