package org.cypf.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The partnership in a browser, as a person uses it (issue 15): CYPF as the run profile starts it (the shipped
 * configuration with the development issuer), a seed strategy loaded through the api, a child in care recorded, and
 * headless Chromium signing in on the development issuer's page, opening the dashboard, a measure, the exceptions,
 * the work queues, a child's chronology and the board pack, printing the pack to PDF and signing out. axe-core checks
 * every page for WCAG 2.2 A/AA violations; screenshots go to target/screenshots.
 */
class PartnershipInABrowserTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String STRATEGY = "s004-redcar-cleveland-cypf-2024-2027.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static CypfApplication app;
    private static Browser browser;
    private static String base;
    private static String strategyId;
    private static String childId;
    private static final List<String> checkedPages = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String missing = Browser.missing();
        assertEquals("", missing, "install the Debian packages " + missing + " (.ci/run does when they are missing)");
        var database = TestDatabase.fresh("browser");
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
                                "security.development-issuer.enabled", "true",
                                "server.port", "0",
                                "server.host", "localhost",
                                "events.poll-interval-ms", "50",
                                "db.pool-size", "4")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        app = CypfApplication.start(config, new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));
        base = "http://localhost:" + app.port();

        // A seed strategy, loaded through the api as the README's command does.
        var loaded = send("POST", "/governance/strategies", token("pa.green"), "application/yaml",
                withEnglandBenchmarks(Files.readString(seed(STRATEGY))));
        assertEquals(201, loaded.statusCode(), loaded.body());
        strategyId = JSON.readTree(loaded.body()).get("strategyId").asText();

        // A child who started to be looked after a week ago, allocated to the social worker who will sign in.
        String sw = token("sw.smith");
        LocalDate today = LocalDate.now(LONDON);
        var period = send("POST", "/social-care/periods-of-care", sw, "application/json", """
                {"child": {"localChildId": "B7001", "upn": "A123456789012", "dateOfBirth": "2014-03-02", "sex": "1"},
                 "startDate": "%s", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AA"}}"""
                .formatted(today.minusDays(7)));
        assertEquals(201, period.statusCode(), period.body());
        childId = JSON.readTree(period.body()).get("childId").asText();
        var allocated = send("POST", "/governance/involvements", token("tm.patel"), "application/json", """
                {"childId": "%s", "userId": "sw.smith", "organisation": "council", "kind": "ALLOCATED-WORKER",
                 "validFrom": "%s"}""".formatted(childId, today.minusDays(7)));
        assertEquals(201, allocated.statusCode(), allocated.body());

        // A referral of another child, assessed and talked over at a strategy discussion: the 45 and 15 working day
        // clocks. And a request for an EHC needs assessment of the first child: the 20 week clock.
        var referral = send("POST", "/social-care/referrals", sw, "application/json", """
                {"child": {"localChildId": "B7002", "dateOfBirth": "2016-05-04", "sex": "2"},
                 "referralDate": "%s", "source": "6"}""".formatted(today.minusDays(10)));
        assertEquals(201, referral.statusCode(), referral.body());
        String referralId = JSON.readTree(referral.body()).get("referralId").asText();
        var assessment = send("POST", "/social-care/referrals/" + referralId + "/assessments", sw, "application/json",
                "{\"startDate\": \"%s\"}".formatted(today.minusDays(9)));
        assertEquals(201, assessment.statusCode(), assessment.body());
        var discussion = send("POST", "/social-care/child-protection/strategy-discussions", sw, "application/json",
                "{\"referralId\": \"%s\", \"discussionDate\": \"%s\"}".formatted(referralId, today.minusDays(2)));
        assertEquals(201, discussion.statusCode(), discussion.body());
        var ehc = send("POST", "/health-wellbeing/ehc-requests", token("hv.khan"), "application/json",
                "{\"childId\": \"%s\", \"receivedOn\": \"%s\"}".formatted(childId, today.minusWeeks(21)));
        assertEquals(201, ehc.statusCode(), ehc.body());

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
    void aPractitionerSignsInSeesTheDashboardFollowsAQueueToAChildAndPrintsTheBoardPack() throws Exception {
        var d = browser.driver;

        // Opening the root as a browser leads to the development issuer's sign-in page (authorisation code flow).
        d.get(base + "/");
        assertTrue(d.getCurrentUrl().contains("/web/dev-sign-in"), d.getCurrentUrl());
        check("sign-in");
        d.findElement(By.id("user-sw-smith")).click();
        d.findElement(By.id("sign-in")).click();
        browser.awaitText("Signed in as sw.smith (council)");
        Cookie session = d.manage().getCookieNamed("cypf_session");
        assertTrue(session != null && session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Lax", session.getSameSite());
        assertEquals("/web", session.getPath());
        check("home");

        // The strategy's dashboard: red and green cards, each saying its RAG in words, with a trend chart.
        d.findElement(By.linkText(title())).click();
        String date = dateWithRedAndGreen();
        d.get(d.getCurrentUrl() + "?date=" + date);
        List<WebElement> red = d.findElements(By.cssSelector(".cypf-card[data-rag='RED']"));
        List<WebElement> green = d.findElements(By.cssSelector(".cypf-card[data-rag='GREEN']"));
        assertFalse(red.isEmpty(), "a red card");
        assertFalse(green.isEmpty(), "a green card");
        assertTrue(red.getFirst().findElement(By.cssSelector(".cypf-rag")).getText().contains("Red: off track"));
        assertTrue(green.getFirst().findElement(By.cssSelector(".cypf-rag")).getText().contains("Green: on track"));
        assertFalse(red.getFirst().findElements(By.cssSelector("svg.cypf-trend[role='img']")).isEmpty(), "a trend chart");
        check("dashboard");

        // Filtered by an outcome: only that outcome's cards.
        String outcomeId = red.getFirst().getAttribute("data-outcome");
        var outcome = d.findElement(By.cssSelector("#outcome option[value='" + outcomeId + "']"));
        String outcomeName = outcome.getText();
        outcome.click();
        d.findElement(By.cssSelector(".cypf-filters button")).click();
        browser.awaitAddress("outcome=" + outcomeId);
        assertEquals(List.of(outcomeName), d.findElements(By.cssSelector("h2.govuk-heading-l")).stream()
                .map(WebElement::getText).toList());
        d.navigate().back();

        // A measure's page: history, definition, provenance, a larger trend.
        String measureTitle = red.getFirst().findElement(By.cssSelector(".cypf-card__title a")).getText();
        d.findElement(By.linkText(measureTitle)).click();
        assertEquals(measureTitle, d.findElement(By.tagName("h1")).getText());
        assertTrue(d.getPageSource().contains("History"));
        assertFalse(d.findElements(By.cssSelector("table.govuk-table tbody tr")).isEmpty(), "the history has rows");
        check("measure");
        d.navigate().back();

        d.findElement(By.linkText("Exceptions")).click();
        assertTrue(d.getPageSource().contains(measureTitle), "the red measure is an exception");
        check("exceptions");

        // The work queues: the child's looked-after review, counted for the allocated worker's team.
        d.findElement(By.linkText("Work queues")).click();
        WebElement reviews = d.findElement(By.cssSelector("table[data-queue='cla-reviews']"));
        assertTrue(reviews.getText().contains("B7001"), reviews.getText());
        assertTrue(d.getPageSource().contains("Counts per team"), "counts per team");
        // Every statutory clock has its queue: the assessment and the conference of the referred child, the EHC plan
        // of the first child, a week overdue (20 weeks from a request 21 weeks ago).
        WebElement assessments = d.findElement(By.cssSelector("table[data-queue='assessments']"));
        assertTrue(assessments.getText().contains("B7002") && assessments.getText().contains("days left"),
                assessments.getText());
        WebElement conferences = d.findElement(By.cssSelector("table[data-queue='icpcs']"));
        assertTrue(conferences.getText().contains("B7002"), conferences.getText());
        WebElement plans = d.findElement(By.cssSelector("table[data-queue='ehc-plans']"));
        assertTrue(plans.getText().contains("7 days overdue"), plans.getText());
        // The virtual school's queue: the first PEP of the child who entered care, due 20 school days later.
        WebElement peps = d.findElement(By.cssSelector("table[data-queue='peps']"));
        assertTrue(peps.getText().contains("First PEP"), peps.getText());
        check("work-queues");

        // Each queue has its own pages: the looked-after reviews, soonest due first, 50 a page.
        d.findElement(By.linkText("All 1 in the Looked-after reviews queue")).click();
        assertTrue(d.getCurrentUrl().endsWith("/web/work-queues/cla-reviews"), d.getCurrentUrl());
        assertEquals("Looked-after reviews", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElement(By.cssSelector("table[data-queue='cla-reviews']")).getText().contains("Review 1"),
                "the first review of the period");
        check("work-queue");
        d.get(base + "/web/work-queues/cla-reviews?page=0");
        assertTrue(d.getPageSource().contains("page must be a whole number from 1 to 1000"), "a bad page is named");
        check("bad-page");
        d.get(base + "/web/work-queues/no-such-queue");
        assertTrue(d.getPageSource().contains("no work queue has that id"));
        d.get(base + "/web/work-queues");
        reviews = d.findElement(By.cssSelector("table[data-queue='cla-reviews']"));
        reviews.findElement(By.linkText("B7001")).click();
        assertTrue(d.getCurrentUrl().endsWith("/web/children/" + childId), d.getCurrentUrl());
        assertTrue(d.getPageSource().contains("Started to be looked after"), "the child's chronology");
        assertTrue(d.getPageSource().contains("Joined the virtual school"), "the virtual school's record, by its event");
        assertTrue(d.getPageSource().contains("Next looked-after review due"), "the child's own periods of care");
        assertTrue(d.getPageSource().contains("Personal Education Plan due"), "the child's own times in care");
        check("child");

        // The board pack, printed to PDF on A4: a page break before each outcome.
        d.get(base + "/web/strategies/" + strategyId + "/board-pack?meeting=" + LocalDate.now(LONDON));
        int outcomes = d.findElements(By.cssSelector("section.cypf-outcome")).size();
        assertTrue(outcomes >= 1, "the pack has a section per outcome");
        check("board-pack");
        var print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(((RemoteWebDriver) d).print(print).getContent());
        Files.write(Browser.SCREENSHOTS.resolve("board-pack.pdf"), pdf);
        int pages = (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results().count();
        assertTrue(pages > outcomes, "each of the " + outcomes + " outcomes starts a printed page: " + pages + " pages");

        // A sign-out posted without the session's CSRF token is refused; the form's own is accepted.
        var forged = HttpRequest.newBuilder(URI.create(base + "/web/sign-out"))
                .header("Cookie", "cypf_session=" + d.manage().getCookieNamed("cypf_session").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=guessed")).build();
        assertEquals(403, HTTP.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode());
        d.findElement(By.cssSelector(".cypf-sign-out button")).click();
        browser.awaitText("You are signed out");
        d.get(base + "/web/work-queues");
        assertTrue(d.getCurrentUrl().contains("/web/dev-sign-in"), "signed out: the pages ask to sign in again");
        assertTrue(checkedPages.size() >= 10, "axe checked every page: " + checkedPages);
    }

    /** axe-core on the page as it is: no WCAG 2.2 A/AA violation; and its screenshot. */
    private static void check(String name) {
        List<String> violations = browser.accessibilityViolations();
        browser.fullScreenshot(name);
        assertEquals(List.of(), violations, "WCAG 2.2 A/AA violations on " + name + " (" + browser.driver.getCurrentUrl() + ")");
        checkedPages.add(name);
    }

    /** A day on which the seed strategy's scorecard has both a red and a green measure (asked of the api). */
    private static String dateWithRedAndGreen() throws IOException, InterruptedException {
        String token = token("pa.green");
        for (String date : List.of(LocalDate.now(LONDON).toString(), "2025-03-31", "2025-09-30", "2024-09-30",
                "2026-03-31", "2024-03-31")) {
            var card = JSON.readTree(send("GET", "/governance/strategies/" + strategyId + "/scorecard?date=" + date,
                    token, null, null).body());
            var rags = new java.util.HashSet<String>();
            card.get("groups").forEach(g -> g.get("measures").forEach(m -> rags.add(m.get("rag").asText())));
            if (rags.contains("RED") && rags.contains("GREEN")) {
                return date;
            }
        }
        throw new AssertionError("the seed strategy has a day with red and green measures");
    }

    private static String title() throws IOException, InterruptedException {
        var strategies = JSON.readTree(send("GET", "/governance/strategies", token("pa.green"), null, null).body());
        for (JsonNode s : strategies.get("strategies")) {
            if (s.get("strategyId").asText().equals(strategyId)) {
                return s.get("title").asText();
            }
        }
        throw new AssertionError("the strategy is listed");
    }

    private static String token(String user) throws IOException, InterruptedException {
        var minted = send("POST", "/dev-issuer/token", null, "application/json", "{\"user\": \"" + user + "\"}");
        assertEquals(200, minted.statusCode(), minted.body());
        return JSON.readTree(minted.body()).get("access_token").asText();
    }

    private static HttpResponse<String> send(String method, String path, String token, String type, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The seed with an England benchmark on two measures, which the seed itself does not quote, so that the card of
     * one is red (66.9% against 75: short by more than 5%) and of the other green (63.3% against 61). Test data only:
     * the two are unbound from education's computed measures (ADR 0045), so their cards show the seed's outturns
     * rather than the results this test imports none of.
     */
    private static String withEnglandBenchmarks(String yaml) {
        String eyfs = "  - id: eyfs-good-level-of-development\n";
        String ks2 = "  - id: ks2-attainment\n";
        assertTrue(yaml.contains(eyfs) && yaml.contains(ks2), "the seed still has the two measures");
        for (String key : java.util.List.of("education-skills.good-level-of-development",
                "education-skills.ks2-expected-standard-rwm")) {
            yaml = yaml.replace("    source:\n      kind: COMPUTED\n      key: " + key + "\n", "");
        }
        String observations = "    observations:\n";
        int e = yaml.indexOf(observations, yaml.indexOf(eyfs));
        yaml = yaml.substring(0, e) + benchmark("75") + yaml.substring(e);
        int k = yaml.indexOf(observations, yaml.indexOf(ks2));
        return yaml.substring(0, k) + benchmark("61") + yaml.substring(k);
    }

    private static String benchmark(String value) {
        return "    benchmarks:\n      - comparator: ENGLAND\n        value: " + value
                + "\n        asAt: \"2024-07-31\"\n";
    }

    private static Path seed(String file) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/strategies"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("docs/strategies not found");
        }
        return dir.resolve("docs/strategies").resolve(file);
    }
}
