package org.cypf.app;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import org.cypf.web.http.WebPages;

/**
 * A browser that opens {@code /} (it asks for HTML and sends no bearer token) is sent to the pages; an api client
 * (a token, or no HTML asked for) reaches the JSON index behind the bearer-token filter as before (ADR 0080).
 */
final class WebHome implements Filter {
    static final WebHome INSTANCE = new WebHome();

    private WebHome() {}

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        boolean root = req.prologue().method() == Method.GET && "/".equals(req.path().path());
        boolean browser = req.headers().first(HeaderNames.ACCEPT).map(a -> a.contains("text/html")).orElse(false)
                && !req.headers().contains(HeaderNames.AUTHORIZATION);
        if (root && browser) {
            res.status(Status.SEE_OTHER_303);
            res.header(HeaderNames.LOCATION, WebPages.PATH + "/");
            res.send();
            return;
        }
        chain.proceed();
    }
}
