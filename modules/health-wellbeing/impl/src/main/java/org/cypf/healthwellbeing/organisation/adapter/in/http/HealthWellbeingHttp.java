package org.cypf.healthwellbeing.organisation.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Map;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.platform.http.JsonBodies;

/** Health and wellbeing's REST resources, mounted at {@value #PREFIX}. */
public final class HealthWellbeingHttp implements HttpService {
    public static final String PREFIX = "/health-wellbeing";
    private final HealthOrganisations organisations;

    public HealthWellbeingHttp(HealthOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health-organisations", (req, res) -> {
            var all = organisations.healthOrganisations();
            JsonBodies.ok(res, Map.of("count", all.size(), "healthOrganisations", all));
        });
    }
}
