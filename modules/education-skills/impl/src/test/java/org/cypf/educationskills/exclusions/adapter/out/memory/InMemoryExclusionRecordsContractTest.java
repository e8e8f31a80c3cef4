package org.cypf.educationskills.exclusions.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.exclusions.port.ExclusionRecordsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory exclusions pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryExclusionRecordsContractTest extends ExclusionRecordsContract {
    private final InMemoryExclusionRecords exclusions = new InMemoryExclusionRecords();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ExclusionRecords exclusions() {
        return exclusions;
    }

    /** The settings the suite names are held, as the register would hold them. */
    @Override
    protected void registerSetting(int urn) {
        exclusions.holdSetting(urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
