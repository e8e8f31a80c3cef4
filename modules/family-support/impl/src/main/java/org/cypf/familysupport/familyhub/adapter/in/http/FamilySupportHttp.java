package org.cypf.familysupport.familyhub.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.platform.http.Routes;

/** Family support's REST resources, mounted at {@value #PREFIX}. */
public final class FamilySupportHttp implements HttpService {
    public static final String PREFIX = "/family-support";
    private final FamilyHubs hubs;

    public FamilySupportHttp(FamilyHubs hubs) {
        this.hubs = hubs;
    }

    @Override
    public void routing(HttpRules rules) {
        Routes.anonymous(rules).get("/family-hubs", (nobody, req) -> {
            var all = hubs.familyHubs();
            return req.page().answer("familyHubs", all);
        });
    }
}
