package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo data set (ADR 0090): written at start through the contexts' use cases when asked for, with the development
 * issuer only; a newcomer signing in as the named users sees coloured cards and work queues with rows.
 */
class DemoDataTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The run profile's settings: the development issuer on, no real issuer. */
    private static Map<String, String> runSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "localhost");
        settings.put("security.development-issuer.enabled", "true");
        settings.put("events.poll-interval-ms", "50");
        settings.put("db.pool-size", "4");
        settings.put("governance.audit.seal-interval-seconds", "0");
        return settings;
    }

    @Test
    void asked_for_with_the_development_issuer_the_demo_fills_the_scorecard_and_the_work_queues() throws Exception {
        TestDatabase.Target database = TestDatabase.fresh("demo data");
        Map<String, String> settings = runSettings();
        settings.put("demo.enabled", "true");
        // Beyond the demo's 200 children, so that generated social workers record some (ADR 0090's workforce).
        settings.put("demo.children", "230");
        settings.put("demo.strategies-directory", "../../docs/strategies");
        try (CypfApplication app = CypfApplication.start(RunningApplication.config(settings),
                new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()))) {
            AdminSql admin = new AdminSql(database);
            assertEquals(4, admin.count("select count(*) from governance.strategy"));
            assertEquals(230, admin.count("select count(*) from social_care.contact"));
            // sw.smith recorded the demo's 200 children, generated council social workers the other 30, each child
            // by one worker only, so each worker is involved with her own caseload and no more.
            String recorders = "select user_id, count(distinct child_id) n from governance.involvement"
                    + " where kind = 'CREATED-RECORD' and user_id like 'sw.%' group by user_id";
            assertEquals(200, admin.count("select n from (" + recorders + ") r where user_id = 'sw.smith'"));
            assertEquals(30, admin.count("select coalesce(sum(n), 0) from (" + recorders + ") r where user_id <> 'sw.smith'"));
            assertTrue(admin.count("select count(*) from (" + recorders + ") r where user_id <> 'sw.smith'") >= 2,
                    "30 children are more than one caseload");
            assertEquals(0, admin.count("select coalesce(max(n), 0) from (" + recorders + ") r"
                    + " where user_id <> 'sw.smith' and n > 25"));
            assertEquals(0, admin.count("select count(*) from (select child_id from governance.involvement"
                    + " where kind = 'CREATED-RECORD' and user_id like 'sw.%' group by child_id"
                    + " having count(distinct user_id) > 1) twice"));
            assertTrue(admin.count("select count(*) from social_care.period_of_care") > 0, "children looked after");
            assertTrue(admin.count("select count(*) from governance.strategy_observation") > 1000, "ten years of values");

            String analyst = token(app.port(), "pa.green");
            var card = get(app.port(), "/governance/strategies/stoke-room-to-grow-2020-2024/scorecard?date="
                    + LocalDate.now().withDayOfMonth(1).minusDays(1), analyst);
            assertEquals(200, card.statusCode(), card.body());
            for (String rag : new String[] {"\"RED\"", "\"AMBER\"", "\"GREEN\""}) {
                assertTrue(card.body().contains(rag), "the seed strategy's scorecard shows " + rag);
            }
            String worker = token(app.port(), "sw.smith");
            var queue = get(app.port(), "/social-care/children-looked-after?page=1&size=10", worker);
            assertEquals(200, queue.statusCode(), queue.body());
            assertTrue(queue.body().contains("periodId"), "the social worker's children looked after: " + queue.body());

            // A family, signed in as no one, finds the demo directory's services near a bundled postcode.
            var near = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                    + "/family-support/services?postcode=ST3%207AB&age=2")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, near.statusCode(), near.body());
            assertTrue(near.body().contains("Stay and Play"), near.body());
            assertEquals(8, admin.count("select count(*) from family_support.directory_service"));
        }
    }

    @Test
    void the_demo_is_refused_with_a_real_issuer_or_without_the_development_issuer_and_absent_unless_asked_for() {
        Map<String, String> real = runSettings();
        real.put("demo.enabled", "true");
        real.put("security.issuer", "https://login.example.org/realms/cypf");
        var refused = assertThrows(IllegalStateException.class,
                () -> DemoData.loadIfAsked(RunningApplication.config(real), null, java.time.Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("security.issuer"), refused.getMessage());

        Map<String, String> noIssuer = runSettings();
        noIssuer.put("demo.enabled", "true");
        noIssuer.put("security.development-issuer.enabled", "false");
        refused = assertThrows(IllegalStateException.class,
                () -> DemoData.loadIfAsked(RunningApplication.config(noIssuer), null, java.time.Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("development-issuer"), refused.getMessage());

        // Not asked for (the shipped default): nothing is touched, not even the apis.
        DemoData.loadIfAsked(RunningApplication.config(runSettings()), null, java.time.Clock.systemUTC());
    }

    private static String token(int port, String user) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev-issuer/token"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.body().replaceAll(".*\"access_token\":\"([^\"]*)\".*", "$1");
    }

    private static HttpResponse<String> get(int port, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
