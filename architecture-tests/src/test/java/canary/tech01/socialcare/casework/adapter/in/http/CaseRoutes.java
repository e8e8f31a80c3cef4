package canary.tech01.socialcare.casework.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** Allowed: Helidon in a web adapter. */
public class CaseRoutes implements HttpService {
    @Override
    public void routing(HttpRules rules) {
    }
}
