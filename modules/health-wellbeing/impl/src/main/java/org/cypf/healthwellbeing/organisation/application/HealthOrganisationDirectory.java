package org.cypf.healthwellbeing.organisation.application;

import java.util.List;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisationView;
import org.cypf.healthwellbeing.api.organisation.HealthOrganisations;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegister;
import org.cypf.kernel.transaction.UnitOfWork;

public final class HealthOrganisationDirectory implements HealthOrganisations {
    private final UnitOfWork unitOfWork;
    private final HealthOrganisationRegister register;

    public HealthOrganisationDirectory(UnitOfWork unitOfWork, HealthOrganisationRegister register) {
        this.unitOfWork = unitOfWork;
        this.register = register;
    }

    @Override
    public List<HealthOrganisationView> healthOrganisations() {
        return unitOfWork.inTransaction(() -> register.all().stream()
                .map(o -> new HealthOrganisationView(o.odsCode(), o.name(), o.kind())).toList());
    }
}
