package org.cypf.familysupport.directory.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.familysupport.directory.port.Directory;
import org.cypf.familysupport.directory.port.DirectoryContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory directory passes the store's suite (ADR 0097), as the jOOQ adapter does; a new one per test. */
class InMemoryDirectoryContractTest extends DirectoryContract {
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Directory directory() {
        return directory;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
