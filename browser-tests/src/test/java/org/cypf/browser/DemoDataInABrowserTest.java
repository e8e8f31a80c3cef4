package org.cypf.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the README's run command with {@code -Dcypf.demo=true} shows, in headless Chromium: the demo data set loaded
 * at start (the synthetic authority and the four seed strategies), the dashboard of a strategy with its cards, the
 * work queues with rows soonest due first, one queue's own pages and a child's chronology; axe-core on each page.
 * Its screenshots ({@code target/screenshots/demo-*.png}) are the README's pictures.
 */
class DemoDataInABrowserTest {
    private static CypfApplication app;
    private static Browser browser;
    private static String base;
    private static final List<String> checkedPages = new ArrayList<>();

    @BeforeAll
    static void start() {
        assertEquals("", Browser.missing(), "install the Debian packages chromium and chromium-driver");
        var database = TestDatabase.fresh("browser demo");
        Config config = Config.builder()
                .sources(ConfigSources.create(Map.of(
                                "security.development-issuer.enabled", "true",
                                "demo.enabled", "true",
                                "demo.strategies-directory", strategies().toString(),
                                "server.port", "0",
                                "server.host", "localhost",
                                "db.pool-size", "4")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        app = CypfApplication.start(config, new DatabaseSettings(database.jdbcUrl(), database.user(), database.password()));
        base = "http://localhost:" + app.port();
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
    void theDemoDataShowTheDashboardAndWorkQueuesWithRowsSoonestDueFirst() {
        var d = browser.driver;
        d.get(base + "/");
        d.findElement(By.id("user-sw-smith")).click();
        d.findElement(By.id("sign-in")).click();
        browser.awaitText("Signed in as sw.smith");
        List<WebElement> strategies = d.findElements(By.cssSelector("table.govuk-table tbody a.govuk-link"));
        assertEquals(4, strategies.size(), "the four seed strategies are loaded");
        check("demo-home");

        // The strategy whose dashboard rates the most measures red, amber or green: the README's picture.
        List<String> dashboards = strategies.stream().map(a -> a.getAttribute("href")).toList();
        String rated = null;
        int most = 0;
        for (String dashboard : dashboards) {
            d.get(dashboard);
            int cards = d.findElements(By.cssSelector(".cypf-card[data-rag='RED'], .cypf-card[data-rag='AMBER'], "
                    + ".cypf-card[data-rag='GREEN']")).size();
            if (cards > most) {
                most = cards;
                rated = dashboard;
            }
        }
        assertTrue(most > 0, "a seed strategy's dashboard shows red, amber or green cards with the demo data");
        d.get(rated);
        assertFalse(d.findElements(By.cssSelector(".cypf-card")).isEmpty(), "the dashboard has cards");
        assertFalse(d.findElements(By.cssSelector("svg.cypf-trend[role='img']")).isEmpty(), "with trend charts");
        check("demo-dashboard");

        d.findElement(By.linkText("Work queues")).click();
        for (String queue : List.of("cp-reviews", "cla-reviews", "peps")) {
            List<WebElement> days = d.findElements(By.cssSelector("table[data-queue='" + queue + "'] tbody tr td:last-child"));
            assertFalse(days.isEmpty(), "the demo data fill the " + queue + " queue");
            List<Long> left = days.stream().map(e -> daysLeft(e.getText())).toList();
            assertEquals(left.stream().sorted().toList(), left, queue + " soonest due first: " + left);
        }
        check("demo-work-queues");

        d.get(base + "/web/work-queues/cla-reviews");
        assertFalse(d.findElements(By.cssSelector("table[data-queue='cla-reviews'] tbody tr")).isEmpty());
        check("demo-work-queue");
        d.findElement(By.cssSelector("table[data-queue='cla-reviews'] tbody a.cypf-child-link")).click();
        assertTrue(d.getPageSource().contains("Started to be looked after"), "the child's chronology");
        check("demo-child");
        assertEquals(5, checkedPages.size(), "axe checked every page: " + checkedPages);
    }

    /** "3 days left", "Due today", "2 days overdue" as days left (negative when overdue). */
    private static long daysLeft(String text) {
        if (text.startsWith("Due today")) {
            return 0;
        }
        long n = Long.parseLong(text.substring(0, text.indexOf(' ')));
        return text.contains("overdue") ? -n : n;
    }

    private static void check(String name) {
        List<String> violations = browser.accessibilityViolations();
        browser.fullScreenshot(name);
        assertEquals(List.of(), violations, "WCAG 2.2 A/AA violations on " + name + " (" + browser.driver.getCurrentUrl() + ")");
        checkedPages.add(name);
    }

    private static Path strategies() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/strategies"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("docs/strategies not found");
        }
        return dir.resolve("docs/strategies");
    }
}
