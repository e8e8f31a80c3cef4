package org.cypf.testing.contract;

import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared double of the access port passes what every implementation must do (ADR 0111), auditing as a context's
 * tests ask it to: into {@code governance.child_record_access} on a real PostgreSQL, a permitted access in social
 * care's unit of work as social care's role, a refusal through governance's own pool. Its policy is governance's
 * first one: a practitioner of a partner organisation is permitted, anyone else refused.
 */
class RecordingChildRecordAccessContractTest extends AccessDecisionsContract {
    private static final Caller PARTNER = new Caller("sw.smith", "council", "social-worker", null);
    private static final Caller OUTSIDER = new Caller("j.bloggs", "rogue-agency", "social-worker", null);

    private static TestDatabase.Target target;
    private static ContextDatabase governanceDb;
    private static ContextDatabase callerDb;
    private static ChildRecordAccess access;

    @BeforeAll
    static void open() {
        target = TestDatabase.fresh("access double contract");
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        governanceDb = ContextDatabase.open(settings, "governance", 4);
        callerDb = ContextDatabase.open(settings, "social_care", 4);
        access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditThrough(governanceDb);
    }

    @AfterAll
    static void close() {
        callerDb.close();
        governanceDb.close();
    }

    @Override
    protected ChildRecordAccess access() {
        return access;
    }

    @Override
    protected void inCallersUnitOfWork(Runnable work) {
        callerDb.run(work);
    }

    @Override
    protected Caller permittedFor(ChildId child) {
        return PARTNER;
    }

    @Override
    protected Caller refused() {
        return OUTSIDER;
    }

    @Override
    protected List<Decision> decisionsAbout(ChildId child) {
        return decisions("child_id = ?", child.value());
    }

    @Override
    protected List<Decision> decisionsAboutNoChildFor(String userId) {
        return decisions("child_id is null and user_id = ?", userId);
    }

    private static List<Decision> decisions(String where, Object bind) {
        try (CloseableDSLContext admin = DSL.using(target.jdbcUrl(), target.user(), target.password())) {
            return admin.fetch("""
                    select user_id, organisation, role, action, purpose, decision, rule, agreement
                      from governance.child_record_access where %s order by access_id""".formatted(where), bind)
                    .map(r -> new Decision(r.get("user_id", String.class), r.get("organisation", String.class),
                            r.get("role", String.class), r.get("action", String.class),
                            r.get("purpose", String.class), r.get("decision", String.class),
                            r.get("rule", String.class), r.get("agreement", String.class)));
        }
    }
}
