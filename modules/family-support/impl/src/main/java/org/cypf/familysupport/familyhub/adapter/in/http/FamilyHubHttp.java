package org.cypf.familysupport.familyhub.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.platform.http.Routes;

/** The partnership's Family Hubs: places, public like the directory. */
public final class FamilyHubHttp implements HttpService {
    private final FamilyHubs hubs;

    public FamilyHubHttp(FamilyHubs hubs) {
        this.hubs = hubs;
    }

    @Override
    public void routing(HttpRules rules) {
        Routes.anonymous(rules).get("/family-hubs", (nobody, req) -> {
            var page = req.page();
            return page.answer(java.util.Map.of(), "familyHubs", hubs.familyHubs(page.slice()));
        });
    }
}
