package org.cypf.governance.access.adapter.out.memory;

import java.time.Clock;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.access.port.InvolvementStoreContract;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory involvements, over the in-memory audit, pass the store's suite as the jOOQ store does (ADR 0097). */
class InMemoryInvolvementStoreContractTest extends InvolvementStoreContract {
    private final InMemoryAccessAudit audit = new InMemoryAccessAudit(Clock.systemUTC());
    private final InMemoryInvolvementStore store = new InMemoryInvolvementStore(audit, Clock.systemUTC());
    private final InMemoryUnitOfWork callers = new InMemoryUnitOfWork();

    @Override
    protected InvolvementStore store() {
        return store;
    }

    @Override
    protected AccessAuditLog audit() {
        return audit;
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        callers.run(work);
    }
}
