package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarksContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory watermarks pass the port's suite, rollback included (ADR 0106, ADR 0097). */
class InMemoryImportWatermarksContractTest extends ImportWatermarksContract {
    private final InMemoryImportWatermarks watermarks = new InMemoryImportWatermarks();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected ImportWatermarks watermarks() {
        return watermarks;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
