package org.cypf.healthwellbeing.organisation.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.platform.http.Routes;

/** Health and wellbeing's REST resources, mounted at {@value #PREFIX}. */
public final class HealthWellbeingHttp implements HttpService {
    public static final String PREFIX = "/health-wellbeing";
    private final HealthOrganisations organisations;

    public HealthWellbeingHttp(HealthOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public void routing(HttpRules rules) {
        Routes.anonymous(rules).get("/health-organisations", (nobody, req) -> {
            var all = organisations.healthOrganisations();
            return req.page().answer("healthOrganisations", all);
        });
    }
}
