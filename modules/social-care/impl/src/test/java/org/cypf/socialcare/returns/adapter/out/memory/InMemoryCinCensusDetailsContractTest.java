package org.cypf.socialcare.returns.adapter.out.memory;

import java.util.function.Supplier;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.cypf.socialcare.returns.port.CinCensusDetailsStoreContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory store passes {@code CinCensusDetailsStoreContract} (ADR 0097), as the jOOQ adapter does. */
class InMemoryCinCensusDetailsContractTest extends CinCensusDetailsStoreContract {
    private final InMemoryCinCensusDetails store = new InMemoryCinCensusDetails();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected CinCensusDetailsStore details() {
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

    /** The in-memory store names a referral without holding it (no foreign key): the id is only made. */
    @Override
    protected UUID aReferral() {
        return UUID.randomUUID();
    }
}
