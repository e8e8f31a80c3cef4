package org.cypf.socialcare.shared.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.socialcare.shared.port.Children;
import org.cypf.socialcare.shared.port.ChildrenContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory children pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryChildrenContractTest extends ChildrenContract {
    private final InMemoryChildren children = new InMemoryChildren();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Children children() {
        return children;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
