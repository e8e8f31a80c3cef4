package org.cypf.healthwellbeing.organisation.port;

import java.util.List;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;

/** Where health organisations are kept. Every method runs inside the caller's unit of work. */
public interface HealthOrganisationRegister {
    List<HealthOrganisation> all();
}
