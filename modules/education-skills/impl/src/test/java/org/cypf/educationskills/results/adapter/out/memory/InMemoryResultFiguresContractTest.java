package org.cypf.educationskills.results.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.results.port.ResultFigures;
import org.cypf.educationskills.results.port.ResultFiguresContract;
import org.cypf.educationskills.results.port.ResultRecords;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory results' figures pass the figures' suite (ADR 0097) over the in-memory results, as the jOOQ do. */
class InMemoryResultFiguresContractTest extends ResultFiguresContract {
    private final InMemoryResultRecords results = new InMemoryResultRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ResultRecords results() {
        return results;
    }

    @Override
    protected ResultFigures figures() {
        return new InMemoryResultFigures(results);
    }

    @Override
    protected void registerSetting(int urn) {
        results.holdSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
