package org.cypf.governance.access.adapter.out.persistence;

import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.access.port.InvolvementStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The jOOQ involvements and break-glass review queue on a real PostgreSQL (governance's role and schema) pass the
 * store's suite (ADR 0097): the creator is recorded as another context does, in social care's unit of work, and the
 * break-glass uses are written by the jOOQ audit.
 */
class JooqInvolvementStoreContractTest extends InvolvementStoreContract {
    private static GovernanceFixture f;

    @BeforeAll
    static void start() {
        f = GovernanceFixture.start("involvement store contract");
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Override
    protected InvolvementStore store() {
        return new JooqInvolvementStore(f.governanceDb);
    }

    @Override
    protected AccessAuditLog audit() {
        return new JooqAccessAuditLog(f.governanceDb);
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        f.callerDb.run(work);
    }
}
