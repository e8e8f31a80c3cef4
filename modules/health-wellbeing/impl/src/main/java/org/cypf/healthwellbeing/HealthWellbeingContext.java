package org.cypf.healthwellbeing;

import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.healthwellbeing.organisation.adapter.in.http.HealthWellbeingHttp;
import org.cypf.healthwellbeing.organisation.adapter.out.persistence.JooqHealthOrganisationRegister;
import org.cypf.healthwellbeing.organisation.application.HealthOrganisationDirectory;
import org.cypf.platform.db.ContextDatabase;

/** Health and wellbeing, assembled with its own database (role {@code cypf_health_wellbeing}). */
public final class HealthWellbeingContext {
    private final HealthOrganisationDirectory organisations;

    public HealthWellbeingContext(ContextDatabase database) {
        this.organisations = new HealthOrganisationDirectory(database, new JooqHealthOrganisationRegister(database));
    }

    public HealthOrganisations healthOrganisations() {
        return organisations;
    }

    public HealthWellbeingHttp http() {
        return new HealthWellbeingHttp(organisations);
    }
}
