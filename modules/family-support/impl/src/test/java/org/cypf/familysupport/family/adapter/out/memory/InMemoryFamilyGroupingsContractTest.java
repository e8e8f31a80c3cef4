package org.cypf.familysupport.family.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.familysupport.family.port.FamilyGroupingsContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory family groupings pass the record store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryFamilyGroupingsContractTest extends FamilyGroupingsContract {
    private final InMemoryFamilyGroupings families = new InMemoryFamilyGroupings();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected FamilyGroupings families() {
        return families;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
