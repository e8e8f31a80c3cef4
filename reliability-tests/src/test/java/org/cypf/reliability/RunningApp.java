package org.cypf.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;

/**
 * The whole of CYPF as {@code Main} starts it, by the shared {@link RunningApplication} (fresh embedded PostgreSQL,
 * free port, the test identity provider trusted), with this module's caller, a council social worker, and the
 * OpenAPI document the app serves.
 */
final class RunningApp implements AutoCloseable {
    static final String USER = "sw.reliability";
    static final String ORGANISATION = "council";

    private final RunningApplication<CypfApplication> running;

    private RunningApp(RunningApplication<CypfApplication> running) {
        this.running = running;
    }

    private static final RunningApplication.Starter<CypfApplication> CYPF = (config, database) ->
            CypfApplication.start(config, new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));

    static RunningApp start(String purpose) {
        return start(purpose, Map.of());
    }

    /** With {@code overrides} over the shared test settings (e.g. {@code db.pool-size}). */
    static RunningApp start(String purpose, Map<String, String> overrides) {
        return new RunningApp(RunningApplication.start(purpose, overrides, Duration.ofSeconds(30), CYPF,
                CypfApplication::port));
    }

    /** On {@code database}, a server the test stops and starts. */
    static RunningApp startOn(TestDatabase.Target database, Map<String, String> overrides) {
        return new RunningApp(RunningApplication.start(database, overrides, Duration.ofSeconds(30), CYPF,
                CypfApplication::port));
    }

    RunningApplication<CypfApplication> running() {
        return running;
    }

    int port() {
        return running.port();
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
        return running.request(path);
    }

    HttpRequest.Builder asCaller(HttpRequest.Builder request) {
        return RunningApplication.as(request, USER, ORGANISATION, "social-worker");
    }

    /** A write as the caller, with a body of {@code contentType} (no Content-Type when null). */
    RunningApplication.Response write(String method, String path, String contentType, byte[] body) {
        var request = asCaller(request(path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    RunningApplication.Response send(HttpRequest.Builder request) {
        return running.send(request);
    }

    long count(String sql, Object... parameters) {
        return running.count(sql, parameters);
    }

    Map<String, Long> fingerprint() {
        return running.fingerprint();
    }

    void quiesce() {
        running.quiesce();
    }

    @Override
    public void close() {
        running.close();
    }
}
