package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCareContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory periods of care pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryPeriodsOfCareContractTest extends PeriodsOfCareContract {
    private final InMemoryPeriodsOfCare periods = new InMemoryPeriodsOfCare();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected PeriodsOfCare periods() {
        return periods;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory periods name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}
