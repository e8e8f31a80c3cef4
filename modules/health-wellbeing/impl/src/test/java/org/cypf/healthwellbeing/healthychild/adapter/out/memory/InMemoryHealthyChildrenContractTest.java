package org.cypf.healthwellbeing.healthychild.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildrenContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory healthy child programme's children pass the record store's suite (ADR 0097), as the jOOQ ones do. */
class InMemoryHealthyChildrenContractTest extends HealthyChildrenContract {
    private final InMemoryHealthyChildren children = new InMemoryHealthyChildren();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected HealthyChildren children() {
        return children;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
