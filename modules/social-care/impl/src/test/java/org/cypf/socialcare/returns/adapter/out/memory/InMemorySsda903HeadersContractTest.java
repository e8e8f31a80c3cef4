package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.socialcare.returns.port.Ssda903Headers;
import org.cypf.socialcare.returns.port.Ssda903HeadersContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory store passes {@code Ssda903HeadersContract} (ADR 0097), as the jOOQ adapter does. */
class InMemorySsda903HeadersContractTest extends Ssda903HeadersContract {
    private final InMemorySsda903Headers store = new InMemorySsda903Headers();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Ssda903Headers headers() {
        return store;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
