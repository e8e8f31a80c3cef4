package org.cypf.governance.retention.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.governance.retention.port.Anonymisations;
import org.cypf.governance.retention.port.AnonymisationsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory anonymisations pass the anonymisations' suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryAnonymisationsContractTest extends AnonymisationsContract {
    private final InMemoryAnonymisations anonymisations = new InMemoryAnonymisations();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Anonymisations anonymisations() {
        return anonymisations;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
