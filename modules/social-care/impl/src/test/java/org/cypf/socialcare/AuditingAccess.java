package org.cypf.socialcare;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;

/**
 * Governance's access port as social care sees it, for tests of this context alone. Governance's implementation is
 * not on this module's classpath on purpose (an implementation never depends on another implementation); this
 * keeps its contract: the same three rules (a CYPF component on a statutory duty, a partner organisation, anyone
 * else refused) and the same table, {@code governance.child_record_access}. A permitted access is written in the
 * caller's transaction, as social care's own role (so the tests also prove the role may append to the audit); a
 * refusal is written in a transaction of its own on a {@code cypf_governance} pool, then thrown.
 */
public final class AuditingAccess implements ChildRecordAccess {
    private static final String INSERT = """
            insert into governance.child_record_access
              (user_id, organisation, role, context, record_type, action, child_id, purpose, decision, rule)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Set<String> partners;
    private final ContextDatabase governance;

    public AuditingAccess(Set<String> partners, ContextDatabase governance) {
        this.partners = Set.copyOf(partners);
        this.governance = governance;
    }

    @Override
    public void authorise(Caller caller, AccessIntent intent, ChildId child) {
        authoriseAll(caller, intent, List.of(child));
    }

    @Override
    public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children) {
        if (children.isEmpty()) {
            return;
        }
        String rule = caller.isSystem() ? "CYPF-STATUTORY-DUTY"
                : partners.contains(caller.organisation()) ? "PARTNER-ORGANISATION" : "NOT-A-PARTNER";
        boolean permitted = !rule.equals("NOT-A-PARTNER");
        String purpose = caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
        for (ChildId child : children) {
            Object[] row = {caller.userId(), caller.organisation(), caller.role(), intent.context(), intent.recordType(),
                    intent.action().name(), child.value(), purpose, permitted ? "PERMITTED" : "DENIED", rule};
            if (permitted) {
                CurrentTransaction.dsl().execute(INSERT, row);
            } else {
                governance.run(() -> governance.transactionalDsl().execute(INSERT, row));
            }
        }
        if (!permitted) {
            throw new AccessDenied("the access policy refused this request (rule " + rule + ")");
        }
    }
}
