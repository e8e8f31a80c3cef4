package org.cypf.governance.access.adapter.out.memory;

import org.cypf.governance.access.domain.AuditedAccess;
import org.cypf.governance.access.port.AccessAuditContract;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.AuditTrail;
import org.cypf.governance.access.port.ChildRecordAccessContract;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory audit and chain pass the audit's contract suite (ADR 0097), as the jOOQ ones do. */
class InMemoryAccessAuditContractTest extends AccessAuditContract {
    private InMemoryAccessAudit audit;
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryUnitOfWork callers = new InMemoryUnitOfWork();

    @Override
    protected void startEmpty() {
        audit = new InMemoryAccessAudit(ChildRecordAccessContract.CLOCK);
    }

    @Override
    protected AccessAuditLog log() {
        return audit;
    }

    @Override
    protected AuditTrail trail() {
        return audit;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        callers.run(work);
    }

    @Override
    protected void editPurpose(long accessId, String purpose) {
        audit.tamper(accessId, r -> new AuditedAccess(r.accessId(), r.occurredAt(), r.userId(), r.organisation(),
                r.role(), r.context(), r.recordType(), r.action(), r.childId(), purpose, r.decision(), r.rule(),
                r.agreement(), r.writtenByTx(), r.issuer()));
    }

    @Override
    protected void delete(long accessId) {
        audit.delete(accessId);
    }
}
