package org.cypf.governance.access.adapter.out.persistence;

import java.util.List;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RenderedQuery;
import org.cypf.platform.db.CurrentTransaction;
import org.jooq.DSLContext;

/**
 * {@code governance.child_record_access}. Contexts' roles may INSERT into it and nothing else, so the log is
 * append-only for everyone but governance.
 */
public final class JooqAccessAuditLog implements AccessAuditLog {
    /** Written with every read and write of a child's record: rendered once (ADR 0124). */
    private static final RenderedQuery<org.jooq.Record> INSERT = RenderedQuery.sql("""
            insert into governance.child_record_access (user_id, organisation, role, context, record_type, action,
                   child_id, purpose, decision, rule, agreement, issuer)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                                 ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""", 12);

    private final ContextDatabase governance;

    public JooqAccessAuditLog(ContextDatabase governance) {
        this.governance = governance;
    }

    @Override
    public void appendWithCurrentChange(List<AccessEntry> entries) {
        insert(CurrentTransaction.dsl(), entries);
    }

    /**
     * In a transaction of its own (ADR 0111): a refusal audited inside a governance unit of work that then rolls back
     * is kept. The caller waits for the commit, so a refusal is recorded before it is answered.
     */
    @Override
    public void appendOnItsOwn(List<AccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        governance.runInItsOwnTransaction(() -> insert(governance.transactionalDsl(), entries));
    }

    private static void insert(DSLContext dsl, List<AccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // One row an entry, as one statement of twelve array parameters unnested in order, whatever the number of
        // children (a national return names tens of thousands: a VALUES list would outgrow PostgreSQL's 65,535 bind
        // values and cost the rendering of every one). A plain insert: contexts may not select the identity back.
        int n = entries.size();
        String[] userId = new String[n];
        String[] organisation = new String[n];
        String[] role = new String[n];
        String[] context = new String[n];
        String[] recordType = new String[n];
        String[] action = new String[n];
        java.util.UUID[] childId = new java.util.UUID[n];
        String[] purpose = new String[n];
        String[] decision = new String[n];
        String[] rule = new String[n];
        String[] agreement = new String[n];
        String[] issuer = new String[n];
        for (int i = 0; i < n; i++) {
            AccessEntry e = entries.get(i);
            userId[i] = e.userId();
            organisation[i] = e.organisation();
            role[i] = e.role();
            context[i] = e.context();
            recordType[i] = e.recordType();
            action[i] = e.action();
            childId[i] = e.childId();
            purpose[i] = e.purpose();
            decision[i] = e.permitted() ? "PERMITTED" : "DENIED";
            rule[i] = e.rule();
            agreement[i] = e.agreement();
            issuer[i] = e.issuer();
        }
        INSERT.execute(dsl, userId, organisation, role, context, recordType, action, childId, purpose, decision, rule, agreement,
                issuer);
    }
}
