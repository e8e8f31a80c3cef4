package org.cypf.socialcare.careleavers.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.careleavers.port.CareLeaverRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory care leavers' records pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryCareLeaverRecordsContractTest extends CareLeaverRecordsContract {
    private final InMemoryCareLeaverRecords records = new InMemoryCareLeaverRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected CareLeaverRecords records() {
        return records;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory records name a child without holding it (no foreign key): it is only made. */
    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }
}
