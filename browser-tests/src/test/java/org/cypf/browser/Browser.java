package org.cypf.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (Debian's {@code chromium} and {@code chromium-driver}; .ci/run
 * installs them when missing), driven by Selenium; axe-core injected into every page it is asked to check.
 */
final class Browser implements AutoCloseable {
    /** The WCAG 2.2 A and AA rules of axe-core (and those of 2.0 and 2.1, which 2.2 includes). */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String axe;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(first("CHROMEDRIVER_BIN", "/usr/bin/chromedriver",
                        "/usr/lib/chromium/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js (com.deque.html.axe-core:selenium) is not on the classpath");
            }
            this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the browser and its driver are installed, so the tests can say plainly what is missing. */
    static String missing() {
        List<String> missing = new ArrayList<>();
        if (first("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser") == null) {
            missing.add("chromium");
        }
        if (first("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") == null) {
            missing.add("chromium-driver");
        }
        return String.join(", ", missing);
    }

    /** The WCAG 2.2 A/AA violations axe-core finds on the page now, one line each (rule, impact, where). */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""", WCAG_TAGS);
        return (List<String>) result;
    }

    /**
     * Waits until the page holds the text (15 s at most): a form's submit can hand back before the redirects it
     * starts have ended (the sign-in's POST, then the issuer's code, then the home page), so reading the page at once
     * may read the page being left.
     */
    void awaitText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 15 s for '" + text + "'; the browser is at " + driver.getCurrentUrl()
                    + " (" + driver.getTitle() + ")", e);
        }
    }

    /** Waits until the browser's address holds the text (15 s at most): a GET form's submit, as above. */
    void awaitAddress(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 15 s for an address with '" + text + "'; the browser is at "
                    + driver.getCurrentUrl(), e);
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshot of the whole page's height (Chromium's headless window grows to the page for the shot). */
    void fullScreenshot(String name) {
        var js = (JavascriptExecutor) driver;
        Object height = js.executeScript("return Math.min(document.body.scrollHeight, 4000);");
        var size = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, ((Number) height).intValue() + 40));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    private static String first(String variable, String... paths) {
        String named = System.getenv(variable);
        if (named != null && Files.isExecutable(Path.of(named))) {
            return named;
        }
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    @Override
    public void close() {
        driver.quit();
    }

}
