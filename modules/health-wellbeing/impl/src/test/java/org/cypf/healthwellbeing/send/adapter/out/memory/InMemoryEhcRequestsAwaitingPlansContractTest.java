package org.cypf.healthwellbeing.send.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlansContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory reading of EHC needs assessments awaiting plans passes the suite (ADR 0097), as the jOOQ one does. */
class InMemoryEhcRequestsAwaitingPlansContractTest extends EhcRequestsAwaitingPlansContract {
    private final InMemoryEhcRequests requests = new InMemoryEhcRequests();
    private final InMemoryEhcRequestsAwaitingPlans awaiting = new InMemoryEhcRequestsAwaitingPlans(requests);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected EhcRequests requests() {
        return requests;
    }

    @Override
    protected EhcRequestsAwaitingPlans awaiting() {
        return awaiting;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
