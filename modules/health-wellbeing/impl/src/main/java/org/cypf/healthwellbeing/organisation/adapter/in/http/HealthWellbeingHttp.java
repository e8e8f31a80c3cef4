package org.cypf.healthwellbeing.organisation.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.healthwellbeing.childhealth.adapter.in.http.ChildHealthHttp;
import org.cypf.healthwellbeing.childrenincare.adapter.in.http.ChildrenInCareHealthHttp;
import org.cypf.healthwellbeing.healthychild.adapter.in.http.HealthyChildProgrammeHttp;
import org.cypf.healthwellbeing.mentalhealth.adapter.in.http.MentalHealthHttp;
import org.cypf.healthwellbeing.send.adapter.in.http.EhcNeedsAssessmentHttp;
import org.cypf.platform.http.Routes;

/** Health and wellbeing's REST resources, mounted at {@value #PREFIX}. */
public final class HealthWellbeingHttp implements HttpService {
    public static final String PREFIX = "/health-wellbeing";
    private final HealthOrganisations organisations;
    private final ChildrenInCareHealthHttp childrenInCare;
    private final EhcNeedsAssessmentHttp ehc;
    private final HealthyChildProgrammeHttp healthyChild;
    private final ChildHealthHttp childHealth;
    private final MentalHealthHttp mentalHealth;

    public HealthWellbeingHttp(HealthOrganisations organisations, ChildrenInCareHealthHttp childrenInCare,
                               EhcNeedsAssessmentHttp ehc, HealthyChildProgrammeHttp healthyChild,
                               ChildHealthHttp childHealth, MentalHealthHttp mentalHealth) {
        this.organisations = organisations;
        this.childrenInCare = childrenInCare;
        this.ehc = ehc;
        this.healthyChild = healthyChild;
        this.childHealth = childHealth;
        this.mentalHealth = mentalHealth;
    }

    @Override
    public void routing(HttpRules rules) {
        Routes.anonymous(rules).get("/health-organisations", (nobody, req) -> {
            var all = organisations.healthOrganisations();
            return req.page().answer("healthOrganisations", all);
        });
        childrenInCare.routing(rules);
        ehc.routing(rules);
        healthyChild.routing(rules);
        childHealth.routing(rules);
        mentalHealth.routing(rules);
    }
}
