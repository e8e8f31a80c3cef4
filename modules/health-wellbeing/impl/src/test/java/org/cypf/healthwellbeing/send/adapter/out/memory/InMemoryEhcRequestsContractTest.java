package org.cypf.healthwellbeing.send.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.send.port.EhcRequestsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory requests for EHC needs assessments pass the record store's suite (ADR 0097), as the jOOQ one does. */
class InMemoryEhcRequestsContractTest extends EhcRequestsContract {
    private final InMemoryEhcRequests requests = new InMemoryEhcRequests();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected EhcRequests requests() {
        return requests;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
