package org.cypf.governance.access.adapter.out.persistence;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.jooq.DSLContext;

/**
 * {@code governance.child_record_access}. Contexts' roles may INSERT into it and nothing else, so the log is
 * append-only for everyone but governance.
 */
public final class JooqAccessAuditLog implements AccessAuditLog {
    private final ContextDatabase governance;

    public JooqAccessAuditLog(ContextDatabase governance) {
        this.governance = governance;
    }

    @Override
    public void appendWithCurrentChange(List<AccessEntry> entries) {
        insert(CurrentTransaction.dsl(), entries);
    }

    /**
     * On a thread of its own, so on a connection and in a transaction of its own (ADR 0111): the thread's open units
     * of work are what {@code ContextDatabase} joins, and a refusal audited inside a governance unit of work would
     * otherwise join it and vanish when it rolls back. The caller waits for the commit, so a refusal is recorded
     * before it is answered.
     */
    @Override
    public void appendOnItsOwn(List<AccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<AccessEntry> copy = List.copyOf(entries);
        FutureTask<Void> write = new FutureTask<>(() -> {
            governance.run(() -> insert(governance.transactionalDsl(), copy));
            return null;
        });
        Thread.ofVirtual().name("access-audit-on-its-own").start(write);
        try {
            write.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException failure -> throw failure;
                case Error error -> throw error;
                default -> throw new IllegalStateException("the access audit could not be written", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the access audit was written", e);
        }
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
        dsl.execute("""
                insert into governance.child_record_access (user_id, organisation, role, context, record_type, action,
                       child_id, purpose, decision, rule, agreement, issuer)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""",
                userId, organisation, role, context, recordType, action, childId, purpose, decision, rule, agreement,
                issuer);
    }
}
