package org.cypf.educationskills.participation.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.participation.port.ActivityRecords;
import org.cypf.educationskills.participation.port.ActivityRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory activities pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryActivityRecordsContractTest extends ActivityRecordsContract {
    private final InMemoryActivityRecords records = new InMemoryActivityRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ActivityRecords records() {
        return records;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
