package org.cypf.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.TestDatabase;

/**
 * The whole of CYPF, started as {@code Main} starts it (the shipped {@code application.yaml}), on a fresh database
 * and a free port, with the dispatcher polling every 50 ms; and a plain HTTP client, as a user's would be.
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
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningCypf(TestDatabase.Target database, CypfApplication app) {
        this.database = database;
        this.app = app;
    }

    static RunningCypf start(String purpose) {
        var database = TestDatabase.fresh(purpose);
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
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
        return new RunningCypf(database, app);
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

    /** With the caller headers of a council social worker. */
    Response getAs(String path) {
        return send(asCaller(request(path)).GET());
    }

    /** As a council auditor (information governance). */
    Response getAsAuditor(String path) {
        return send(request(path).header("X-CYPF-User", "ig.okafor").header("X-CYPF-Organisation", ORGANISATION)
                .header("X-CYPF-Role", "auditor").GET());
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
        return request.header("X-CYPF-User", USER).header("X-CYPF-Organisation", ORGANISATION).header("X-CYPF-Role", ROLE);
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
    }
}
