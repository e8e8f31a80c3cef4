package org.cypf.healthwellbeing.childrenincare.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory children in care's health records pass the record store's suite (ADR 0097), as the jOOQ ones do. */
class InMemoryCareHealthRecordsContractTest extends CareHealthRecordsContract {
    private final InMemoryCareHealthRecords records = new InMemoryCareHealthRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected CareHealthRecords records() {
        return records;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
