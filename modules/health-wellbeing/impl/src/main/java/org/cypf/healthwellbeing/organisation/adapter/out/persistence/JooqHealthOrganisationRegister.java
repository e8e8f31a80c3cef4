package org.cypf.healthwellbeing.organisation.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.HEALTH_ORGANISATION;

import java.util.List;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegister;
import org.cypf.platform.db.ContextDatabase;

/** {@code health_wellbeing.health_organisation}. */
public final class JooqHealthOrganisationRegister implements HealthOrganisationRegister {
    private final ContextDatabase database;

    public JooqHealthOrganisationRegister(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<HealthOrganisation> all() {
        return database.transactionalDsl().selectFrom(HEALTH_ORGANISATION).orderBy(HEALTH_ORGANISATION.ODS_CODE)
                .fetch(r -> new HealthOrganisation(r.getOdsCode(), r.getName(), r.getKind()));
    }
}
