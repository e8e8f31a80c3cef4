package org.cypf.governance.access.application;

import java.util.Collection;
import java.util.List;
import org.cypf.governance.access.domain.AccessDecision;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;

/** Decides by the {@link AccessPolicy} and audits every decision (ADR 0006). */
public final class ChildRecordAccessService implements ChildRecordAccess {
    private final AccessPolicy policy;
    private final AccessAuditLog audit;

    public ChildRecordAccessService(AccessPolicy policy, AccessAuditLog audit) {
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public void authorise(Caller caller, AccessIntent intent, ChildId child) {
        authoriseAll(caller, intent, List.of(child));
    }

    @Override
    public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children) {
        if (children.isEmpty()) {
            return; // nothing of any child is disclosed
        }
        AccessDecision decision = policy.decide(caller.organisation(), caller.isSystem());
        String purpose = caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
        List<AccessEntry> entries = children.stream().map(child -> new AccessEntry(caller.userId(),
                caller.organisation(), caller.role(), intent.context(), intent.recordType(), intent.action().name(),
                child.value(), purpose, decision.permitted(), decision.rule())).toList();
        if (decision.permitted()) {
            audit.appendWithCurrentChange(entries);
        } else {
            audit.appendOnItsOwn(entries);
            throw new AccessDenied("the access policy refused this request (rule " + decision.rule() + ")");
        }
    }
}
