package org.cypf.educationskills.schoolsystem.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarksContract;

class InMemoryImportWatermarksContractTest extends ImportWatermarksContract {
    private final InMemoryImportWatermarks watermarks = new InMemoryImportWatermarks();

    @Override
    protected ImportWatermarks watermarks() {
        return watermarks;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return work.get();
    }
}
