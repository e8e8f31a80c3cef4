package org.cypf.educationskills;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.testing.TestDatabase;

/**
 * Governance's access port as education sees it, for tests of this context alone: the same three rules as
 * governance's policy (a CYPF component on a statutory duty, a partner organisation, anyone else refused), and the
 * same audit table, {@code governance.child_record_access}. A permitted access is written in the caller's
 * transaction, as education's own role (so the test also proves the role may append to the audit); a refusal is
 * written on its own and thrown.
 *
 * <p>Governance's implementation is not on this module's classpath on purpose: an implementation never depends on
 * another implementation. The app's end-to-end test checks the real one.
 */
public final class AuditingAccess implements ChildRecordAccess {
    private static final String INSERT = """
            insert into governance.child_record_access
              (user_id, organisation, role, context, record_type, action, child_id, purpose, decision, rule)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Set<String> partners;
    private final TestDatabase.Target admin;

    public AuditingAccess(Set<String> partners, TestDatabase.Target admin) {
        this.partners = Set.copyOf(partners);
        this.admin = admin;
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
                appendOnItsOwn(row);
            }
        }
        if (!permitted) {
            throw new AccessDenied("the access policy refused this request (rule " + rule + ")");
        }
    }

    private void appendOnItsOwn(Object[] row) {
        try (var c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             var insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not audit the refusal", e);
        }
    }
}
