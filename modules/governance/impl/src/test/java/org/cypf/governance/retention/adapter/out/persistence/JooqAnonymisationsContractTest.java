package org.cypf.governance.retention.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.retention.port.Anonymisations;
import org.cypf.governance.retention.port.AnonymisationsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ anonymisations on a real PostgreSQL (governance's role) pass the anonymisations' suite (ADR 0097). */
class JooqAnonymisationsContractTest extends AnonymisationsContract {
    private static GovernanceFixture f;

    @BeforeAll
    static void open() {
        f = GovernanceFixture.start("anonymisations contract");
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    @Override
    protected Anonymisations anonymisations() {
        return new JooqAnonymisations();
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return f.governanceDb.inTransaction(work);
    }
}
