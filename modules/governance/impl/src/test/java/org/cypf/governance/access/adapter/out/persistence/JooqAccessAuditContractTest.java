package org.cypf.governance.access.adapter.out.persistence;

import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.access.port.AccessAuditContract;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.AuditTrail;
import org.cypf.kernel.transaction.UnitOfWork;
import org.junit.jupiter.api.AfterEach;

/**
 * The jOOQ audit and chain on a real PostgreSQL pass the audit's contract suite (ADR 0097), each test on a fresh
 * database; tampering goes behind the append-only triggers as only a superuser can.
 */
class JooqAccessAuditContractTest extends AccessAuditContract {
    private GovernanceFixture f;

    @Override
    protected void startEmpty() {
        f = GovernanceFixture.start("access audit contract");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Override
    protected AccessAuditLog log() {
        return new JooqAccessAuditLog(f.governanceDb);
    }

    @Override
    protected AuditTrail trail() {
        return new JooqAuditTrail(f.governanceDb);
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return f.governanceDb;
    }

    /** Social care's unit of work, as a context's use case opens it: its role may append to the audit. */
    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        f.callerDb.run(work);
    }

    private void behindTheStoresBack(String sql, Object... binds) {
        f.admin.transaction(c -> {
            c.dsl().execute("set local session_replication_role = replica");
            c.dsl().execute(sql, binds);
        });
    }

    @Override
    protected void editPurpose(long accessId, String purpose) {
        behindTheStoresBack("update governance.child_record_access set purpose = ? where access_id = ?", purpose, accessId);
    }

    @Override
    protected void delete(long accessId) {
        behindTheStoresBack("delete from governance.child_record_access where access_id = ?", accessId);
    }
}
