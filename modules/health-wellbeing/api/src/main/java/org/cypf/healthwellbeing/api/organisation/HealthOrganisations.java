package org.cypf.healthwellbeing.api.organisation;

import java.util.List;

/** NHS organisations known to the partnership, by ODS code: organisations, not people. */
public interface HealthOrganisations {
    List<HealthOrganisationView> healthOrganisations();
}
