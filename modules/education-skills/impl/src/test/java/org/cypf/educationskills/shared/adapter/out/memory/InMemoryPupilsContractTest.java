package org.cypf.educationskills.shared.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.shared.port.PupilsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory pupils pass the store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryPupilsContractTest extends PupilsContract {
    private final InMemoryPupils pupils = new InMemoryPupils();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Pupils pupils() {
        return pupils;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
