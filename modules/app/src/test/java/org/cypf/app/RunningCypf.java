package org.cypf.app;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.RunningApplication.Response;
import org.cypf.testing.TestTokens;

/**
 * The whole of CYPF, started as {@code Main} starts it, by the shared {@link RunningApplication} (fresh database,
 * free port, dispatcher polling every 50 ms, the test identity provider and the development issuer trusted), with
 * the app tests' callers: a council social worker, an auditor, an administrator.
 */
final class RunningCypf implements AutoCloseable {
    static final String USER = "sw.smith";
    static final String ORGANISATION = "council";
    static final String ROLE = "social-worker";

    private final RunningApplication<CypfApplication> running;

    private RunningCypf(RunningApplication<CypfApplication> running) {
        this.running = running;
    }

    /** CYPF as the tests of this module and the reliability tests start it, with {@code overrides} over the test settings. */
    static RunningApplication<CypfApplication> startApplication(String purpose, Map<String, String> overrides,
                                                                Duration timeout) {
        return RunningApplication.start(purpose, overrides, timeout, (config, database) -> CypfApplication.start(
                config, new DatabaseSettings(database.jdbcUrl(), database.user(), database.password())),
                CypfApplication::port);
    }

    static RunningCypf start(String purpose) {
        return start(purpose, Map.of());
    }

    static RunningCypf start(String purpose, Map<String, String> overrides) {
        return new RunningCypf(startApplication(purpose, overrides, Duration.ofSeconds(30)));
    }

    int port() {
        return running.port();
    }

    CypfApplication app() {
        return running.app();
    }

    Response get(String path) {
        return send(running.request(path).GET());
    }

    /** As a council social worker ({@link #USER}). */
    Response getAs(String path) {
        return send(asCaller(running.request(path)).GET());
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
        return send(running.request(path).header("Authorization", authorization).GET());
    }

    /** {@code method} with a JSON body (or none) and {@code authorization} as the Authorization header (or none). */
    Response sendWith(String method, String path, String json, String authorization) {
        var request = running.request(path);
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
        var request = running.request(path);
        headers.forEach(request::header);
        return send(request.GET());
    }

    Response postAs(String path, String json) {
        return postAs(path, "application/json", json);
    }

    /** Posts a document with its own content type (e.g. text/csv) and {@code authorization} as the Authorization header. */
    Response postWith(String path, String contentType, String body, String authorization, String... headers) {
        var request = running.request(path).header("Authorization", authorization).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a document as the caller, with its own content type (e.g. application/yaml). */
    Response postAs(String path, String contentType, String body) {
        return send(asCaller(running.request(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response send(String method, String path, String json) {
        return sendWith(method, path, json, TestTokens.bearer(USER, ORGANISATION, ROLE));
    }

    private static HttpRequest.Builder asCaller(HttpRequest.Builder request) {
        return RunningApplication.as(request, USER, ORGANISATION, ROLE);
    }

    private Response send(HttpRequest.Builder request) {
        return running.send(request);
    }

    // ---- the database, as its administrator ---------------------------------------------------------------------

    long count(String sql, Object... parameters) {
        return running.count(sql, parameters);
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) {
        return running.admin().rows(sql, parameters);
    }

    void execute(String sql, Object... parameters) {
        running.admin().execute(sql, parameters);
    }

    @Override
    public void close() {
        running.close();
    }
}
