package org.cypf.educationskills.results.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.educationskills.results.port.ResultRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory results pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryResultRecordsContractTest extends ResultRecordsContract {
    private final InMemoryResultRecords results = new InMemoryResultRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ResultRecords results() {
        return results;
    }

    /** The settings the suite names are held, as the register would hold them. */
    @Override
    protected void registerSetting(int urn) {
        results.holdSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
