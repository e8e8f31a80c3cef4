package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.Convictions;
import org.cypf.socialcare.returns.port.ConvictionsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory store passes {@code ConvictionsContract} (ADR 0097), as the jOOQ adapter does. */
class InMemoryConvictionsContractTest extends ConvictionsContract {
    private final InMemoryConvictions store = new InMemoryConvictions();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Convictions convictions() {
        return store;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory store names a child without holding it (no foreign key): the child is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}
