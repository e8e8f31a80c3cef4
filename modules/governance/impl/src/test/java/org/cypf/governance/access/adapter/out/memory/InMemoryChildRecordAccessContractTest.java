package org.cypf.governance.access.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.access.application.ChildRecordAccessService;
import org.cypf.governance.access.port.ChildRecordAccessContract;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.kernel.identity.ChildId;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The access port over the in-memory audit and involvements passes its contract suite (ADR 0097), as over jOOQ's. */
class InMemoryChildRecordAccessContractTest extends ChildRecordAccessContract {
    private final InMemoryAccessAudit audit = new InMemoryAccessAudit(CLOCK);
    private final InMemoryInvolvementStore involvements = new InMemoryInvolvementStore(audit, CLOCK);
    private final ChildRecordAccess access = new ChildRecordAccessService(policy(), audit, involvements, CLOCK);
    private final InMemoryUnitOfWork callers = new InMemoryUnitOfWork();

    @Override
    protected ChildRecordAccess access() {
        return access;
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        callers.run(work);
    }

    @Override
    protected void involve(ChildId child, String user, String organisation) {
        involvements.record(new NewInvolvement(child.value(), user, organisation, "ALLOCATED-WORKER", null, null,
                LocalDate.of(2025, 1, 1), null), "tm.jones");
    }

    @Override
    protected List<Decision> decisionsAbout(ChildId child) {
        UUID id = child.value();
        return audit.all().stream().filter(r -> id.equals(r.childId()))
                .map(r -> new Decision(r.userId(), r.organisation(), r.role(), r.action(), r.purpose(), r.decision(),
                        r.rule(), r.agreement())).toList();
    }

    @Override
    protected List<Decision> decisionsAboutNoChildFor(String userId) {
        return audit.all().stream().filter(r -> r.childId() == null && userId.equals(r.userId()))
                .map(r -> new Decision(r.userId(), r.organisation(), r.role(), r.action(), r.purpose(), r.decision(),
                        r.rule(), r.agreement())).toList();
    }
}
