package org.cypf.governance.retention.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.governance.retention.port.LegalHoldStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ legal holds on a real PostgreSQL (governance's role) pass the holds' suite (ADR 0097), each test on an emptied table. */
class JooqLegalHoldsContractTest extends LegalHoldStoreContract {
    private static GovernanceFixture f;

    @BeforeAll
    static void open() {
        f = GovernanceFixture.start("legal holds contract");
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    /** As an administrator would: the store itself never deletes a hold. */
    @Override
    protected void startEmpty() {
        f.admin.execute("truncate governance.legal_hold");
    }

    @Override
    protected LegalHoldStore holds() {
        return new JooqLegalHolds();
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return f.governanceDb.inTransaction(work);
    }
}
