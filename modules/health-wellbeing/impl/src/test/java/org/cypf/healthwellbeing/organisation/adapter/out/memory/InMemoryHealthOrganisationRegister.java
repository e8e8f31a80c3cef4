package org.cypf.healthwellbeing.organisation.adapter.out.memory;

import java.util.Comparator;
import java.util.List;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegister;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Health organisations in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code HealthOrganisationRegisterContract} as the jOOQ adapter does: organisations registered in the caller's
 * {@link InMemoryUnitOfWork} with {@link #register(HealthOrganisation)} (the migration's or seed's part).
 */
public final class InMemoryHealthOrganisationRegister implements HealthOrganisationRegister {
    private final InMemoryRows<String, HealthOrganisation> rows = new InMemoryRows<>();

    /** Registers (or replaces) the organisation under its ODS code. */
    public void register(HealthOrganisation organisation) {
        rows.lock(organisation.odsCode());
        rows.put(organisation.odsCode(), organisation);
    }

    @Override
    public List<HealthOrganisation> all() {
        return rows.where(o -> true).stream().sorted(Comparator.comparing(HealthOrganisation::odsCode)).toList();
    }
}
