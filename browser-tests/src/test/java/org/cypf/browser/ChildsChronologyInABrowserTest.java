package org.cypf.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A child's chronology end to end (issue 15): CYPF running on PostgreSQL, a child's records written through each
 * context's HTTP api (social care's period of care and review, health's initial health assessment, the virtual
 * school's PEP), and headless Chromium signed in as the allocated social worker opening the child's page: the three
 * services' records in date order, each context's read of the child audited for that user. A social worker involved
 * with no child is refused every context's records, and each refusal is audited. axe-core checks both pages.
 */
class ChildsChronologyInABrowserTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> CONTEXTS = List.of("education-skills", "health-wellbeing", "social-care");

    private static CypfApplication app;
    private static AdminSql admin;
    private static Browser browser;
    private static String base;
    private static String childId;
    private static final LocalDate TODAY = LocalDate.now(LONDON);

    @BeforeAll
    static void start() throws Exception {
        String missing = Browser.missing();
        assertEquals("", missing, "install the Debian packages " + missing + " (.ci/run does when they are missing)");
        var database = TestDatabase.fresh("child's chronology in a browser");
        admin = new AdminSql(database);
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
                                "security.development-issuer.enabled", "true",
                                "server.port", "0",
                                "server.host", "localhost",
                                "events.poll-interval-ms", "50",
                                "db.pool-size", "4")),
                        ConfigSources.classpath("chronology-users.yaml"),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        app = CypfApplication.start(config, new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));
        base = "http://localhost:" + app.port();

        // Social care: a child who started to be looked after 60 days ago, allocated to sw.smith, reviewed 40 days ago.
        String sw = token("sw.smith");
        var period = send("POST", "/social-care/periods-of-care", sw, """
                {"child": {"localChildId": "C8001", "upn": "A123456789012", "dateOfBirth": "2013-04-05", "sex": "2"},
                 "startDate": "%s", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}"""
                .formatted(TODAY.minusDays(60)));
        assertEquals(201, period.statusCode(), period.body());
        JsonNode started = JSON.readTree(period.body());
        childId = started.get("childId").asText();
        String periodId = started.get("periodId").asText();
        allocate("sw.smith", "council");
        var review = send("POST", "/social-care/periods-of-care/" + periodId + "/reviews", sw,
                "{\"date\": \"%s\", \"participation\": \"PN1\"}".formatted(TODAY.minusDays(40)));
        assertTrue(review.statusCode() / 100 == 2, review.statusCode() + " " + review.body());

        // Health: the record health opened when the child entered care (an event), its initial assessment 30 days ago.
        allocate("hv.khan", "nhs");
        String hv = token("hv.khan");
        JsonNode record = eventually(() -> {
            var records = JSON.readTree(send("GET", "/health-wellbeing/children-in-care/children/" + childId
                    + "/records", hv, null).body()).get("records");
            return records != null && !records.isEmpty() ? records.get(0) : null;
        }, () -> "health's record of the child in care");
        var check = send("POST", "/health-wellbeing/children-in-care/records/" + record.get("recordId").asText()
                + "/checks", hv, "{\"kind\": \"HEALTH_ASSESSMENT\", \"checkedOn\": \"%s\", \"version\": %d}"
                .formatted(TODAY.minusDays(30), record.get("version").asLong()));
        assertTrue(check.statusCode() / 100 == 2, check.statusCode() + " " + check.body());

        // Education: the virtual school's roll (an event too), a PEP held 20 days ago.
        allocate("vso.jones", "council");
        String vso = token("vso.jones");
        String[] last = {""};
        eventually(() -> {
            var pep = send("POST", "/education-skills/virtual-school/children/" + childId + "/peps", vso,
                    "{\"heldOn\": \"%s\", \"targets\": [\"Read at the expected standard\"]}"
                            .formatted(TODAY.minusDays(20)));
            last[0] = pep.statusCode() + " " + pep.body();
            return pep.statusCode() / 100 == 2 ? pep : null;
        }, () -> "a PEP recorded once the child is on the virtual school's roll; last answer " + last[0]);

        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAllocatedWorkerSeesEachServicesRecordsInDateOrderAndAnUninvolvedWorkerIsRefused() throws Exception {
        var d = browser.driver;
        signIn("sw.smith");
        Map<String, Long> readBefore = audited("sw.smith", "PERMITTED");
        d.get(base + "/web/children/" + childId);
        Map<String, Long> readAfter = audited("sw.smith", "PERMITTED");

        List<List<String>> rows = d.findElements(By.cssSelector("table.govuk-table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        List<LocalDate> dates = rows.stream().map(r -> LocalDate.parse(r.get(0), DAY)).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first: " + rows);
        // One record of each service, each on its own day, in the order they happened.
        List<List<String>> expected = List.of(
                List.of(DAY.format(TODAY.minusDays(60)), "Social care", "Started to be looked after"),
                List.of(DAY.format(TODAY.minusDays(40)), "Social care", "Looked-after review 1"),
                List.of(DAY.format(TODAY.minusDays(30)), "Health and wellbeing", "Initial health assessment done"),
                List.of(DAY.format(TODAY.minusDays(20)), "Education and skills", "Personal Education Plan held"));
        int previous = -1;
        for (List<String> entry : expected) {
            int at = indexOf(rows, entry);
            assertTrue(at > previous, entry + " after the entry before it: " + rows);
            previous = at;
        }
        assertTrue(indexOf(rows, List.of(DAY.format(TODAY.minusDays(60)), "Education and skills",
                "Joined the virtual school's roll")) >= 0, "the virtual school's record: " + rows);
        assertTrue(d.findElements(By.xpath("//h2[text()='Not shown to you']")).isEmpty(), "every service shown");
        for (String context : CONTEXTS) {
            assertTrue(readAfter.getOrDefault(context, 0L) > readBefore.getOrDefault(context, 0L),
                    context + "'s read of the child audited for sw.smith: " + readBefore + " then " + readAfter);
        }
        check("child-chronology");

        // A social worker of the same council, involved with no child: refused by every context, each refusal audited.
        d.manage().deleteAllCookies();
        signIn("sw.jones");
        d.get(base + "/web/children/" + childId);
        assertTrue(d.getPageSource().contains("Nothing you may see is held about this child"), d.getPageSource());
        List<String> notShown = d.findElements(By.cssSelector("ul.govuk-list--bullet li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Social care: contacts", "Social care: children looked after", "Social care: child protection",
                "Education and skills: virtual school", "Education and skills: Personal Education Plans",
                "Health and wellbeing: children in care"), notShown);
        assertEquals(Map.of(), audited("sw.jones", "PERMITTED"), "nothing of the child read for sw.jones");
        assertEquals(CONTEXTS, List.copyOf(audited("sw.jones", "DENIED").keySet()), "each context's refusal audited");
        check("child-chronology-refused");
    }

    private static int indexOf(List<List<String>> rows, List<String> entry) {
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.get(0).equals(entry.get(0)) && row.get(1).equals(entry.get(1)) && row.get(2).startsWith(entry.get(2))) {
                return i;
            }
        }
        return -1;
    }

    /** The audit's rows of the child for the user with that decision, counted per context. */
    private static Map<String, Long> audited(String user, String decision) {
        Map<String, Long> counted = new TreeMap<>();
        admin.rows("select context, count(*) as n from governance.child_record_access where child_id = ?::uuid "
                + "and user_id = ? and decision = ? group by context", childId, user, decision)
                .forEach(r -> counted.put((String) r.get("context"), ((Number) r.get("n")).longValue()));
        return counted;
    }

    private static void signIn(String user) {
        var d = browser.driver;
        d.get(base + "/");
        assertTrue(d.getCurrentUrl().contains("/web/dev-sign-in"), d.getCurrentUrl());
        d.findElement(By.id("user-" + user.replace('.', '-'))).click();
        d.findElement(By.id("sign-in")).click();
        browser.awaitText("Signed in as " + user);
    }

    /** axe-core on the page as it is: no WCAG 2.2 A/AA violation; and its screenshot. */
    private static void check(String name) {
        List<String> violations = browser.accessibilityViolations();
        browser.fullScreenshot(name);
        assertEquals(List.of(), violations, "WCAG 2.2 A/AA violations on " + name);
    }

    private static void allocate(String user, String organisation) throws IOException, InterruptedException {
        var allocated = send("POST", "/governance/involvements", token("tm.patel"), """
                {"childId": "%s", "userId": "%s", "organisation": "%s", "kind": "ALLOCATED-WORKER",
                 "validFrom": "%s"}""".formatted(childId, user, organisation, TODAY.minusDays(60)));
        assertEquals(201, allocated.statusCode(), allocated.body());
    }

    private interface Attempt<T> {
        T get() throws IOException, InterruptedException;
    }

    /** What another context does on an event arrives a poll later: ask until it has (or 30 seconds pass). */
    private static <T> T eventually(Attempt<T> attempt, java.util.function.Supplier<String> what)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            T done = attempt.get();
            if (done != null) {
                return done;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 30 seconds: " + what.get());
    }

    private static String token(String user) throws IOException, InterruptedException {
        var minted = send("POST", "/dev-issuer/token", null, "{\"user\": \"" + user + "\"}");
        assertEquals(200, minted.statusCode(), minted.body());
        return JSON.readTree(minted.body()).get("access_token").asText();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
