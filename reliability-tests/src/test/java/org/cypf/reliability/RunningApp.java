package org.cypf.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;

/**
 * The whole of CYPF as {@code Main} starts it (the shipped {@code application.yaml}), on a fresh embedded
 * PostgreSQL and a free port; a plain HTTP client; and the database as its administrator sees it, to fingerprint
 * every table.
 */
final class RunningApp implements AutoCloseable {
    static final String USER = "sw.reliability";
    static final String ORGANISATION = "council";

    record Response(int status, String contentType, String body, HttpResponse<byte[]> raw) {}

    private final TestDatabase.Target database;
    private final CypfApplication app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningApp(TestDatabase.Target database, CypfApplication app) {
        this.database = database;
        this.app = app;
    }

    static RunningApp start(String purpose) {
        var database = TestDatabase.fresh(purpose);
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
                                "server.port", "0",
                                "server.host", "localhost",
                                "events.poll-interval-ms", "50",
                                "db.pool-size", "4")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return new RunningApp(database, CypfApplication.start(config,
                new DatabaseSettings(database.jdbcUrl(), database.user(), database.password())));
    }

    /** The OpenAPI document the app serves. */
    JsonNode openApi() {
        var response = send(request("/openapi").header("Accept", "application/vnd.oai.openapi").GET());
        if (response.status() != 200) {
            throw new AssertionError("no OpenAPI document: " + response.status());
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder asCaller(HttpRequest.Builder request) {
        return request.header("X-CYPF-User", USER).header("X-CYPF-Organisation", ORGANISATION).header("X-CYPF-Role", "social-worker");
    }

    /** A write as the caller, with a body of {@code contentType} (no Content-Type when null). */
    Response write(String method, String path, String contentType, byte[] body) {
        var request = asCaller(request(path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the database, as its administrator ---------------------------------------------------------------------

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    long count(String sql, Object... parameters) {
        try (Connection c = admin(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("admin query failed: " + sql, e);
        }
    }

    /** The row count of every table of every CYPF schema (Flyway's history included), by "schema.table". */
    Map<String, Long> fingerprint() {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = admin()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("""
                    select table_schema || '.' || table_name from information_schema.tables
                     where table_type = 'BASE TABLE'
                       and table_schema not in ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** Waits until the event machinery has nothing left to do, so the fingerprint holds still. */
    void quiesce() {
        Instant deadline = Instant.now().plusSeconds(20);
        Map<String, Long> last = fingerprint();
        while (Instant.now().isBefore(deadline)) {
            sleep(300);
            Map<String, Long> now = fingerprint();
            long pending = count("select count(*) from platform.event_delivery where status = 'PENDING'");
            if (now.equals(last) && pending == 0) {
                return;
            }
            last = now;
        }
        throw new AssertionError("the event machinery did not settle within 20 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
