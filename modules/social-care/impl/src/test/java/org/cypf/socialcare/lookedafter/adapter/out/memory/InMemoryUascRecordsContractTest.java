package org.cypf.socialcare.lookedafter.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.port.UascRecords;
import org.cypf.socialcare.lookedafter.port.UascRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory UASC records pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryUascRecordsContractTest extends UascRecordsContract {
    private final InMemoryUascRecords records = new InMemoryUascRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected UascRecords records() {
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
