package org.cypf.governance.access.adapter.out.persistence;

import java.util.List;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.access.application.ChildRecordAccessService;
import org.cypf.governance.access.port.ChildRecordAccessContract;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The access port over the jOOQ audit and involvements on a real PostgreSQL passes its contract suite (ADR 0097):
 * the caller's unit of work is social care's (its role appends the audit), a refusal is written on governance's own.
 */
class JooqChildRecordAccessContractTest extends ChildRecordAccessContract {
    private static GovernanceFixture f;
    private static ChildRecordAccess access;

    @BeforeAll
    static void start() {
        f = GovernanceFixture.start("child record access contract");
        access = new ChildRecordAccessService(policy(), new JooqAccessAuditLog(f.governanceDb),
                new JooqInvolvementStore(f.governanceDb), CLOCK);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Override
    protected ChildRecordAccess access() {
        return access;
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        f.callerDb.run(work);
    }

    @Override
    protected void involve(ChildId child, String user, String organisation) {
        f.involve(child, user, organisation);
    }

    @Override
    protected List<Decision> decisionsAbout(ChildId child) {
        return f.rows("""
                select user_id, organisation, role, action, purpose, decision, rule, agreement
                  from governance.child_record_access where child_id = ? order by access_id""", child.value())
                .map(r -> new Decision(r.get("user_id", String.class), r.get("organisation", String.class),
                        r.get("role", String.class), r.get("action", String.class), r.get("purpose", String.class),
                        r.get("decision", String.class), r.get("rule", String.class), r.get("agreement", String.class)));
    }

    @Override
    protected List<Decision> decisionsAboutNoChildFor(String userId) {
        return f.rows("""
                select user_id, organisation, role, action, purpose, decision, rule, agreement
                  from governance.child_record_access where child_id is null and user_id = ? order by access_id""",
                        userId)
                .map(r -> new Decision(r.get("user_id", String.class), r.get("organisation", String.class),
                        r.get("role", String.class), r.get("action", String.class), r.get("purpose", String.class),
                        r.get("decision", String.class), r.get("rule", String.class), r.get("agreement", String.class)));
    }
}
