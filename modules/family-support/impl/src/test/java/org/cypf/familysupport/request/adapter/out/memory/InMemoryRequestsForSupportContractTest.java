package org.cypf.familysupport.request.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.familysupport.request.port.RequestForSupportRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory requests for support pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryRequestsForSupportContractTest extends RequestForSupportRecordsContract {
    private final InMemoryRequestsForSupport requests = new InMemoryRequestsForSupport();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected RequestForSupportRecords requests() {
        return requests;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
