package org.cypf.governance.access.adapter.out.persistence;

import static org.cypf.governance.shared.adapter.out.persistence.jooq.Tables.CHILD_RECORD_ACCESS;

import java.util.List;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.shared.adapter.out.persistence.jooq.tables.records.ChildRecordAccessRecord;
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

    @Override
    public void appendOnItsOwn(List<AccessEntry> entries) {
        governance.run(() -> insert(governance.transactionalDsl(), entries));
    }

    private static void insert(DSLContext dsl, List<AccessEntry> entries) {
        List<ChildRecordAccessRecord> rows = entries.stream().map(e -> {
            var r = new ChildRecordAccessRecord();
            r.setUserId(e.userId());
            r.setOrganisation(e.organisation());
            r.setRole(e.role());
            r.setContext(e.context());
            r.setRecordType(e.recordType());
            r.setAction(e.action());
            r.setChildId(e.childId());
            r.setPurpose(e.purpose());
            r.setDecision(e.permitted() ? "PERMITTED" : "DENIED");
            r.setRule(e.rule());
            r.setAgreement(e.agreement());
            r.setIssuer(e.issuer());
            return r;
        }).toList();
        // A plain multi-row insert: a batch of records would try to read back the identity, which contexts may not select.
        var insert = dsl.insertInto(CHILD_RECORD_ACCESS, CHILD_RECORD_ACCESS.USER_ID, CHILD_RECORD_ACCESS.ORGANISATION,
                CHILD_RECORD_ACCESS.ROLE, CHILD_RECORD_ACCESS.CONTEXT, CHILD_RECORD_ACCESS.RECORD_TYPE,
                CHILD_RECORD_ACCESS.ACTION, CHILD_RECORD_ACCESS.CHILD_ID, CHILD_RECORD_ACCESS.PURPOSE,
                CHILD_RECORD_ACCESS.DECISION, CHILD_RECORD_ACCESS.RULE, CHILD_RECORD_ACCESS.AGREEMENT,
                CHILD_RECORD_ACCESS.ISSUER);
        for (var r : rows) {
            insert = insert.values(r.getUserId(), r.getOrganisation(), r.getRole(), r.getContext(), r.getRecordType(),
                    r.getAction(), r.getChildId(), r.getPurpose(), r.getDecision(), r.getRule(), r.getAgreement(),
                    r.getIssuer());
        }
        insert.execute();
    }
}
