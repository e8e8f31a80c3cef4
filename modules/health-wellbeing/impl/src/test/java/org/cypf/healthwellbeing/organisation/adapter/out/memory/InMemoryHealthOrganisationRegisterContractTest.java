package org.cypf.healthwellbeing.organisation.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.organisation.domain.HealthOrganisation;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegister;
import org.cypf.healthwellbeing.organisation.port.HealthOrganisationRegisterContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory register of health organisations passes the register's suite (ADR 0097), as the jOOQ one does. */
class InMemoryHealthOrganisationRegisterContractTest extends HealthOrganisationRegisterContract {
    private final InMemoryHealthOrganisationRegister register = new InMemoryHealthOrganisationRegister();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected HealthOrganisationRegister register() {
        return register;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected void registered(HealthOrganisation organisation) {
        unitOfWork.inTransaction(() -> {
            register.register(organisation);
            return null;
        });
    }
}
