package org.cypf.healthwellbeing;

import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.healthwellbeing.organisation.adapter.in.http.HealthWellbeingHttp;
import org.cypf.healthwellbeing.organisation.adapter.out.persistence.JooqHealthOrganisationRegister;
import org.cypf.healthwellbeing.organisation.application.HealthOrganisationDirectory;
import org.cypf.platform.db.ContextDatabase;

/** Health and wellbeing, assembled with its own database (role {@code cypf_health_wellbeing}). */
public final class HealthWellbeingContext {
    /** The name health and wellbeing publishes events and audits accesses under. */
    public static final String NAME = "health-wellbeing";
    /** Where the application mounts health and wellbeing's web resources. */
    public static final String PATH = HealthWellbeingHttp.PREFIX;

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
