package org.cypf.governance.retention.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.governance.retention.port.LegalHoldStoreContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory legal holds pass the holds' suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryLegalHoldsContractTest extends LegalHoldStoreContract {
    private InMemoryLegalHolds holds;
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected void startEmpty() {
        holds = new InMemoryLegalHolds();
    }

    @Override
    protected LegalHoldStore holds() {
        return holds;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
