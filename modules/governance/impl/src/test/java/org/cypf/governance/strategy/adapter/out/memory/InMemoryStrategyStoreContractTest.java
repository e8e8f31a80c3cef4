package org.cypf.governance.strategy.adapter.out.memory;

import java.util.function.Supplier;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.governance.strategy.port.StrategyStoreContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory strategies pass the strategy store's suite (ADR 0097), as the jOOQ adapter does. */
class InMemoryStrategyStoreContractTest extends StrategyStoreContract {
    private final InMemoryStrategyStore store = new InMemoryStrategyStore();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected StrategyStore store() {
        return store;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
