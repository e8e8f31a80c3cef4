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
 * context's HTTP api (social care's referral and assessment, period of care and review, missing episode and family
 * group conference; family support's early help episode; health's initial health assessment, new birth visit and
 * mental health referral; the virtual school's PEP), and headless Chromium signed in as the allocated social worker
 * opening the child's page: the four services' records in date order, each context's read of the child audited for
 * that user. A social worker involved
 * with no child is refused every context's records, and each refusal is audited. axe-core checks both pages.
 */
class ChildsChronologyInABrowserTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> CONTEXTS = List.of("education-skills", "family-support", "health-wellbeing",
            "social-care");

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

        // Social care's referral 70 days ago, its assessment started the next day and authorised 50 days ago; a missing
        // episode 35 to 34 days ago; a family group conference 25 days ago.
        var referral = send("POST", "/social-care/referrals", sw, """
                {"child": {"localChildId": "C8001", "upn": "A123456789012", "dateOfBirth": "2013-04-05", "sex": "2"},
                 "referralDate": "%s", "source": "3A"}""".formatted(TODAY.minusDays(70)));
        assertEquals(201, referral.statusCode(), referral.body());
        String referralId = JSON.readTree(referral.body()).get("referralId").asText();
        assertEquals(childId, JSON.readTree(referral.body()).get("childId").asText(), "the same child");
        var assessment = send("POST", "/social-care/referrals/" + referralId + "/assessments", sw,
                "{\"startDate\": \"%s\"}".formatted(TODAY.minusDays(69)));
        assertEquals(201, assessment.statusCode(), assessment.body());
        var authorised = send("POST", "/social-care/referrals/" + referralId + "/assessments/"
                + JSON.readTree(assessment.body()).get("assessmentId").asText() + "/complete", sw, """
                {"completedDate": "%s", "authorisedDate": "%s", "factors": ["3B"], "outcome": "CHILD_IN_NEED_PLAN",
                 "version": 0}""".formatted(TODAY.minusDays(50), TODAY.minusDays(50)));
        assertTrue(authorised.statusCode() / 100 == 2, authorised.statusCode() + " " + authorised.body());
        var wentMissing = send("POST", "/social-care/missing-episodes", sw, """
                {"childId": "%s", "kind": "M", "startDate": "%s", "endDate": "%s"}"""
                .formatted(childId, TODAY.minusDays(35), TODAY.minusDays(34)));
        assertEquals(201, wentMissing.statusCode(), wentMissing.body());
        var conference = send("POST", "/social-care/family-network-meetings", sw, """
                {"childId": "%s", "heldOn": "%s", "type": "FAMILY_GROUP_CONFERENCE", "outcome": "FAMILY_PLAN_AGREED"}"""
                .formatted(childId, TODAY.minusDays(25)));
        assertEquals(201, conference.statusCode(), conference.body());

        // Family support: early help opened 98 days ago, the whole-family assessment 95 days ago, closed 75 days ago.
        allocate("eh.begum", "voluntary-sector");
        String eh = token("eh.begum");
        var request = send("POST", "/family-support/requests-for-support", eh, """
                {"childId": "%s", "receivedOn": "%s", "requestedBy": "FAMILY", "need": "help with routines",
                 "consentGivenBy": "mother", "consentGivenOn": "%s"}"""
                .formatted(childId, TODAY.minusDays(100), TODAY.minusDays(100)));
        assertEquals(201, request.statusCode(), request.body());
        String requestId = JSON.readTree(request.body()).get("requestId").asText();
        var triaged = send("POST", "/family-support/requests-for-support/" + requestId + "/triage", eh,
                "{\"version\": 0, \"triagedOn\": \"%s\", \"outcome\": \"EARLY_HELP\"}".formatted(TODAY.minusDays(99)));
        assertEquals(200, triaged.statusCode(), triaged.body());
        var episode = send("POST", "/family-support/early-help-episodes", eh, """
                {"requestId": "%s", "openedOn": "%s", "leadPractitioner": "E. Begum",
                 "leadPractitionerOrganisation": "voluntary-sector"}""".formatted(requestId, TODAY.minusDays(98)));
        assertEquals(201, episode.statusCode(), episode.body());
        String episodeId = JSON.readTree(episode.body()).get("episodeId").asText();
        var assessed = send("POST", "/family-support/early-help-episodes/" + episodeId + "/assessment", eh, """
                {"version": 0, "completedOn": "%s",
                 "needs": [{"headline": "GOOD_EDUCATION", "need": "attendance has fallen"}]}"""
                .formatted(TODAY.minusDays(95)));
        assertEquals(200, assessed.statusCode(), assessed.body());
        var offered = send("POST", "/family-support/family-network-meetings", eh, """
                {"episodeId": "%s", "offeredOn": "%s", "meetingType": "FAMILY_NETWORK_MEETING"}"""
                .formatted(episodeId, TODAY.minusDays(94)));
        assertEquals(201, offered.statusCode(), offered.body());
        String meetingId = JSON.readTree(offered.body()).get("meetingId").asText();
        var held = send("POST", "/family-support/family-network-meetings/" + meetingId + "/held", eh, """
                {"version": 0, "heldOn": "%s", "attendees": [{"name": "Sam Doe", "relationship": "mother"}],
                 "familyPlan": "Grandmother takes the children to school on weekdays"}""".formatted(TODAY.minusDays(90)));
        assertEquals(200, held.statusCode(), held.body());
        var closed = send("POST", "/family-support/early-help-episodes/" + episodeId + "/closure", eh, """
                {"version": 1, "closedOn": "%s", "reason": "OUTCOMES_ACHIEVED",
                 "outcomes": [{"headline": "GOOD_EDUCATION", "outcome": "ACHIEVED"}]}"""
                .formatted(TODAY.minusDays(75)));
        assertEquals(200, closed.statusCode(), closed.body());

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

        // Health: the new birth visit done when the child was 12 days old; a mental health referral 15 days ago, its
        // first contact 10 days ago.
        var registered = send("POST", "/health-wellbeing/healthy-child/children", hv,
                "{\"nhsNumber\": \"9434765919\", \"childId\": \"%s\", \"dateOfBirth\": \"2013-04-05\"}"
                        .formatted(childId));
        assertEquals(201, registered.statusCode(), registered.body());
        var visit = send("POST", "/health-wellbeing/healthy-child/children/9434765919/reviews", hv,
                "{\"review\": \"NEW_BIRTH\", \"outcome\": \"DONE\", \"on\": \"2013-04-17\", \"version\": 0}");
        assertEquals(200, visit.statusCode(), visit.body());
        var mental = send("POST", "/health-wellbeing/mental-health/referrals", hv,
                "{\"childId\": \"%s\", \"receivedOn\": \"%s\", \"source\": \"2A\"}"
                        .formatted(childId, TODAY.minusDays(15)));
        assertEquals(201, mental.statusCode(), mental.body());
        var firstContact = send("POST", "/health-wellbeing/mental-health/referrals/"
                + JSON.readTree(mental.body()).get("referralId").asText() + "/contacts", hv,
                "{\"contactOn\": \"%s\", \"version\": 0}".formatted(TODAY.minusDays(10)));
        assertTrue(firstContact.statusCode() / 100 == 2, firstContact.statusCode() + " " + firstContact.body());

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
                List.of("17 Apr 2013", "Health and wellbeing", "New birth visit done"),
                List.of(DAY.format(TODAY.minusDays(98)), "Family support", "Early help episode opened"),
                List.of(DAY.format(TODAY.minusDays(95)), "Family support", "Whole-family assessment completed"),
                List.of(DAY.format(TODAY.minusDays(94)), "Family support", "Family network meeting offered"),
                List.of(DAY.format(TODAY.minusDays(90)), "Family support", "Family network meeting held"),
                List.of(DAY.format(TODAY.minusDays(75)), "Family support",
                        "Early help episode closed (outcomes achieved): 1 of 1 assessed needs achieved"),
                List.of(DAY.format(TODAY.minusDays(70)), "Social care", "Referral received"),
                List.of(DAY.format(TODAY.minusDays(69)), "Social care", "Child and family assessment started"),
                List.of(DAY.format(TODAY.minusDays(60)), "Social care", "Started to be looked after"),
                List.of(DAY.format(TODAY.minusDays(50)), "Social care", "Child and family assessment authorised"),
                List.of(DAY.format(TODAY.minusDays(40)), "Social care", "Looked-after review 1"),
                List.of(DAY.format(TODAY.minusDays(35)), "Social care", "Went missing from placement"),
                List.of(DAY.format(TODAY.minusDays(34)), "Social care", "Returned"),
                List.of(DAY.format(TODAY.minusDays(30)), "Health and wellbeing", "Initial health assessment done"),
                List.of(DAY.format(TODAY.minusDays(25)), "Social care", "Family group conference held"),
                List.of(DAY.format(TODAY.minusDays(20)), "Education and skills", "Personal Education Plan held"),
                List.of(DAY.format(TODAY.minusDays(15)), "Health and wellbeing", "Referred to mental health services"),
                List.of(DAY.format(TODAY.minusDays(10)), "Health and wellbeing",
                        "Mental health services' first contact"));
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
        assertEquals(List.of("Social care: contacts", "Social care: referrals and assessments",
                "Social care: children looked after", "Social care: missing from care", "Social care: child protection",
                "Social care: family network meetings", "Family support: early help",
                "Family support: family network meetings", "Education and skills: virtual school",
                "Education and skills: Personal Education Plans",
                "Health and wellbeing: children in care", "Health and wellbeing: healthy child programme",
                "Health and wellbeing: mental health referrals"), notShown);
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
