package org.cypf.governance.strategy.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.strategy.port.StrategyStore;
import org.cypf.governance.strategy.port.StrategyStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ strategies on a real PostgreSQL (governance's role) pass the strategy store's suite (ADR 0097). */
class JooqStrategyStoreContractTest extends StrategyStoreContract {
    private static GovernanceFixture f;

    @BeforeAll
    static void open() {
        f = GovernanceFixture.start("strategy store contract");
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    @Override
    protected StrategyStore store() {
        return new JooqStrategyStore(f.governanceDb);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return f.governanceDb.inTransaction(work);
    }
}
