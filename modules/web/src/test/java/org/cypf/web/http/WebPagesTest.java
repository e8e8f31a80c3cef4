package org.cypf.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebPagesTest {

    @Test
    void afterSignInOnlyAPageOfTheseIsReturnedTo() {
        assertTrue(WebPages.isOwnPage("/web/work-queues"));
        assertTrue(WebPages.isOwnPage("/web/strategies/s000?date=2025-03-31"));
        assertFalse(WebPages.isOwnPage("https://evil.example/"));
        assertFalse(WebPages.isOwnPage("//evil.example/web/"));
        assertFalse(WebPages.isOwnPage("/governance/strategies"));
        assertFalse(WebPages.isOwnPage("/web/../observe/metrics"));
        assertFalse(WebPages.isOwnPage("/web/\r\nSet-Cookie: x=y"));
    }

    @Test
    void theGovukAssetsComeFromTheWebjarWithTheirReferencesMovedUnderThePages() {
        var assets = new WebAssets();
        String css = new String(assets.find("govuk-frontend.min.css").orElseThrow().bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(css.contains("url(/web/assets/fonts/"), "fonts under /web/assets");
        assertFalse(css.contains("url(/assets/"));
        assertTrue(assets.find("fonts/bold-b542beb274-v2.woff2").isPresent());
        assertTrue(assets.find("../../../../META-INF/MANIFEST.MF").isEmpty(), "nothing above the assets");
        assertTrue(assets.find("cypf.css").isPresent());
    }
}
