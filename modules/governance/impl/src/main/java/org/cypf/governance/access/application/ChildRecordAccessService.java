package org.cypf.governance.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cypf.governance.access.domain.AccessDecision;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;

/**
 * Decides by the {@link AccessPolicy} (role and data-sharing agreement) and audits every decision, with the rule,
 * role and agreement it rested on (ADR 0006, ADR 0020).
 */
public final class ChildRecordAccessService implements ChildRecordAccess {
    private final AccessPolicy policy;
    private final AccessAuditLog audit;
    private final Clock clock;

    public ChildRecordAccessService(AccessPolicy policy, AccessAuditLog audit, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
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
        // A stated purpose the agreements name narrows the agreements that may be relied on; free text is only audited.
        String purposeCode = policy.knowsPurpose(caller.statedPurpose()) ? caller.statedPurpose() : null;
        AccessDecision decision = policy.decide(new AccessPolicy.Request(caller.organisation(), caller.roles(),
                caller.isSystem(), intent.context(), intent.recordType(), operation(intent.action()), purposeCode,
                LocalDate.now(clock)));
        String purpose = caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
        // The role the decision rested on, or, for a refusal, every role the caller claimed.
        String role = decision.role() != null ? decision.role() : caller.role();
        List<AccessEntry> entries = children.stream().map(child -> new AccessEntry(caller.userId(),
                caller.organisation(), role, intent.context(), intent.recordType(), intent.action().name(),
                child.value(), purpose, decision.permitted(), decision.rule(), decision.agreement())).toList();
        if (decision.permitted()) {
            audit.appendWithCurrentChange(entries);
        } else {
            audit.appendOnItsOwn(entries);
            throw new AccessDenied("the access policy refused this request (rule " + decision.rule() + ")");
        }
    }

    static Operation operation(RecordAction action) {
        return switch (action) {
            case READ, LIST -> Operation.READ;
            case CREATE, UPDATE -> Operation.WRITE;
        };
    }
}
