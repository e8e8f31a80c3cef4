package org.cypf.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The whole application, started in this JVM as {@code Main} starts it (the shipped {@code application.yaml} on the
 * class path), on a fresh database and a free port, trusting a {@link TestIdentityProvider}; a plain HTTP client, as
 * a user's would be; and the database as its administrator sees it. The one place the app tests and the reliability
 * tests start CYPF: they pass how to start it ({@code CypfApplication::start}), which this module cannot name.
 *
 * @param <A> the started application
 */
public final class RunningApplication<A extends AutoCloseable> implements AutoCloseable {

    /** Starts the application on {@code config} and {@code database}. */
    public interface Starter<A> {
        A start(Config config, TestDatabase.Target database);
    }

    /** One answer: status, Content-Type, the body as UTF-8 text, and the whole response. */
    public record Response(int status, String contentType, String body, HttpResponse<byte[]> raw) {
        private static final ObjectMapper JSON = new ObjectMapper();

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public boolean isProblem() {
            return "application/problem+json".equals(contentType);
        }
    }

    /**
     * The settings every test run shares, over the shipped file: any port, the dispatcher polling every 50 ms, four
     * connections per context, the audit sealed every second, the development issuer on (so the README's walk-through
     * works as written), and the test identity provider trusted.
     */
    public static Map<String, String> testSettings(TestIdentityProvider identityProvider) {
        Map<String, String> settings = new HashMap<>();
        settings.put("security.issuer", TestTokens.ISSUER);
        settings.put("security.jwks-url", identityProvider.jwksUrl());
        settings.put("security.development-issuer.enabled", "true");
        settings.put("server.port", "0");
        settings.put("server.host", "localhost");
        settings.put("events.poll-interval-ms", "50");
        settings.put("db.pool-size", "4");
        settings.put("governance.audit.seal-interval-seconds", "1");
        return settings;
    }

    /** {@code settings} over the shipped {@code application.yaml}, without the environment or system properties. */
    public static Config config(Map<String, String> settings) {
        return Config.builder()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    private final TestDatabase.Target database;
    private final AdminSql admin;
    private final A app;
    private final int port;
    private final TestIdentityProvider identityProvider;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    private RunningApplication(TestDatabase.Target database, A app, int port, TestIdentityProvider identityProvider,
                               Duration timeout) {
        this.database = database;
        this.admin = new AdminSql(database);
        this.app = app;
        this.port = port;
        this.identityProvider = identityProvider;
        this.timeout = timeout;
    }

    /**
     * Starts on a fresh database ({@code purpose} names it) with {@link #testSettings} and {@code overrides} over
     * them; each request waits at most {@code timeout} for its answer.
     */
    public static <A extends AutoCloseable> RunningApplication<A> start(String purpose, Map<String, String> overrides,
            Duration timeout, Starter<A> starter, ToIntFunction<A> port) {
        return start(TestDatabase.fresh(purpose), overrides, timeout, starter, port);
    }

    /** As {@link #start(String, Map, Duration, Starter, ToIntFunction)}, on {@code database} (a server the test controls). */
    public static <A extends AutoCloseable> RunningApplication<A> start(TestDatabase.Target database,
            Map<String, String> overrides, Duration timeout, Starter<A> starter, ToIntFunction<A> port) {
        var identityProvider = TestIdentityProvider.start();
        Map<String, String> settings = testSettings(identityProvider);
        settings.putAll(overrides);
        try {
            A app = starter.start(config(settings), database);
            return new RunningApplication<>(database, app, port.applyAsInt(app), identityProvider, timeout);
        } catch (RuntimeException | Error e) {
            identityProvider.close();
            throw e;
        }
    }

    public A app() {
        return app;
    }

    public int port() {
        return port;
    }

    public TestDatabase.Target database() {
        return database;
    }

    public AdminSql admin() {
        return admin;
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout);
    }

    /** {@code request} with a bearer token for {@code user} of {@code organisation} in {@code roles}. */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String user, String organisation,
                                         String... roles) {
        return request.header("Authorization", TestTokens.bearer(user, organisation, roles));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the database, as its administrator ---------------------------------------------------------------------

    public long count(String sql, Object... parameters) {
        return admin.count(sql, parameters);
    }

    /**
     * The row count of every table of every schema but PostgreSQL's own (Flyway's histories included), by
     * "schema.table", on one connection (tests take it before and after every barrage).
     */
    public Map<String, Long> fingerprint() {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var sql = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rs = sql.executeQuery("""
                    select table_schema || '.' || table_name from information_schema.tables
                     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = sql.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not fingerprint the database", e);
        }
        return rows;
    }

    /** Waits until the event machinery has nothing left to do, so the fingerprint holds still. */
    public void quiesce() {
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
        try {
            app.close();
        } catch (Exception e) {
            throw new AssertionError("the application did not stop cleanly", e);
        } finally {
            identityProvider.close();
        }
    }
}
