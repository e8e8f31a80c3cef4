package org.cypf.healthwellbeing.childhealth.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservations;
import org.cypf.healthwellbeing.childhealth.port.ChildHealthObservationsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory observations pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryChildHealthObservationsContractTest extends ChildHealthObservationsContract {
    private final InMemoryChildHealthObservations observations = new InMemoryChildHealthObservations();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ChildHealthObservations observations() {
        return observations;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
