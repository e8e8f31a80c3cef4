package org.cypf.governance.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessDecision;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.domain.BreakGlass;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.MissingRecords;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;

/**
 * Decides by the {@link AccessPolicy} (role, data-sharing agreement and involvement) and audits every decision, with
 * the rule, role and agreement it rested on (ADR 0006, ADR 0020, ADR 0032).
 *
 * <p>Involvement is asked for a READ or UPDATE of one child's record by a person: CYPF's components act on a
 * statutory duty, not a caseload; a CREATE makes its creator involved with the child (recorded with the change); a
 * LIST (registers, caseloads, returns) is decided at the level of the record type. A person not involved may break
 * glass with a reason, audited under rule {@value AccessPolicy#BREAK_GLASS} with the reason as the purpose, and the
 * use waits in the review queue until a reviewer closes it.
 */
public final class ChildRecordAccessService implements ChildRecordAccess, MissingRecords {
    /** The record type the audit names for an id that named nothing on a context's routes. */
    public static final String UNKNOWN_RECORD = "record";
    private final AccessPolicy policy;
    private final AccessAuditLog audit;
    private final Clock clock;
    private final InvolvementStore involvements;

    public ChildRecordAccessService(AccessPolicy policy, AccessAuditLog audit, InvolvementStore involvements, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.involvements = involvements;
        this.clock = clock;
    }

    @Override
    public void authorise(Caller caller, AccessIntent intent, ChildId child) {
        authoriseAll(caller, intent, List.of(child));
    }

    @Override
    public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children) {
        LocalDate today = LocalDate.now(clock);
        var request = typeLevelRequest(caller, intent, today);
        String purposeCode = request.purpose();
        // Decided first for the record type as a whole: a caller who may not see this type at all is refused alike
        // whether or not the child has such a record, and involvement is looked up only for those who might see it.
        AccessDecision typeLevel = policy.decide(request);
        if (children.isEmpty()) {
            // A list that names nobody is still a decision, audited without a child, and refused to whom it would be.
            decideAboutNoChild(caller, intent, typeLevel);
            return;
        }
        boolean asksInvolvement = typeLevel.permitted() && !caller.isSystem()
                && (intent.action() == RecordAction.READ || intent.action() == RecordAction.UPDATE);
        String statedPurpose = caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
        // Involvement with every child named is read in one query, and the policy decided once for each answer
        // (involved or not): the decision rests on nothing else about the child, so a file of thousands of children
        // costs two decisions and one query, and still gives each child its own audited decision.
        Set<UUID> involved = asksInvolvement ? involvements.involvedAmong(
                children.stream().map(ChildId::value).toList(), caller.userId(), caller.organisation(), today) : Set.of();
        Map<Boolean, AccessDecision> byInvolvement = new HashMap<>(2);
        List<AccessEntry> entries = new ArrayList<>(children.size());
        AccessDecision refusal = null;
        for (ChildId child : children) {
            AccessDecision decision = !asksInvolvement ? typeLevel : byInvolvement.computeIfAbsent(
                    involved.contains(child.value()), isInvolved -> policy.decide(new AccessPolicy.Request(
                            request.organisation(), request.roles(), false, request.context(), request.recordType(),
                            request.operation(), purposeCode, today, isInvolved, caller.breakGlass())));
            String purpose = AccessPolicy.BREAK_GLASS.equals(decision.rule())
                    ? BreakGlass.auditedPurpose(caller.breakGlass()) : statedPurpose;
            // The role the decision rested on, or, for a refusal, every role the caller claimed.
            String role = decision.role() != null ? decision.role() : caller.role();
            entries.add(new AccessEntry(caller.userId(), caller.organisation(), role, intent.context(),
                    intent.recordType(), intent.action().name(), child.value(), purpose, decision.permitted(),
                    decision.rule(), decision.agreement(), caller.issuer()));
            if (!decision.permitted() && refusal == null) {
                refusal = decision;
            }
        }
        if (refusal != null) {
            audit.appendOnItsOwn(entries);
            throw new AccessDenied(refusalDetail(refusal.rule()));
        }
        audit.appendWithCurrentChange(entries);
        // The loader of a file is recorded as its records' creator, as for one record created (ADR 0044).
        if ((intent.action() == RecordAction.CREATE || intent.action() == RecordAction.IMPORT) && !caller.isSystem()) {
            if (children.size() == 1) {
                involvements.recordCreatorWithCurrentChange(children.iterator().next().value(), caller.userId(),
                        caller.organisation(), today);
            } else {
                involvements.recordCreatorsWithCurrentChange(children.stream().map(ChildId::value).toList(),
                        caller.userId(), caller.organisation(), today);
            }
        }
    }

    @Override
    public void authoriseMissing(Caller caller, AccessIntent intent) {
        LocalDate today = LocalDate.now(clock);
        var request = typeLevelRequest(caller, intent, today);
        AccessDecision decision = policy.decide(request);
        boolean asksInvolvement = decision.permitted() && !caller.isSystem()
                && (intent.action() == RecordAction.READ || intent.action() == RecordAction.UPDATE)
                && !policy.listsEveryChild(caller.roles(), intent.context(), intent.recordType());
        if (asksInvolvement) {
            // Nobody is involved with a record that is not there: decided as for an existing record of a child the
            // caller is not involved with, so the answer (403 or, breaking glass with a reason, 404) is the same.
            decision = policy.decide(new AccessPolicy.Request(request.organisation(), request.roles(), false,
                    request.context(), request.recordType(), request.operation(), request.purpose(), today, false,
                    caller.breakGlass()));
        }
        decideAboutNoChild(caller, intent, decision);
    }

    @Override
    public ListScope listScope(Caller caller, AccessIntent intent, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        AccessDecision decision = policy.decide(typeLevelRequest(caller, intent, today));
        if (!decision.permitted()) {
            decideAboutNoChild(caller, intent, decision); // audited, then thrown
        }
        if (caller.isSystem() || policy.listsEveryChild(caller.roles(), intent.context(), intent.recordType())) {
            return ListScope.everyChild();
        }
        return ListScope.only(involvements.involvedChildren(caller.userId(), caller.organisation(), date).stream()
                .map(ChildId::new).toList());
    }

    @Override
    public void authoriseMissingIn(Caller caller, String context) {
        AccessDecision decision = policy.decideContext(caller.organisation(), caller.roles(), caller.isSystem(), context,
                LocalDate.now(clock));
        if (!decision.permitted()) {
            decideAboutNoChild(caller, new AccessIntent(context, UNKNOWN_RECORD, RecordAction.READ,
                    "asking for a record by an id"), decision);
        }
    }

    /** Audits a decision that names no child (ADR 0033), in the caller's change if permitted; throws a refusal. */
    private void decideAboutNoChild(Caller caller, AccessIntent intent, AccessDecision decision) {
        String purpose = AccessPolicy.BREAK_GLASS.equals(decision.rule())
                ? BreakGlass.auditedPurpose(caller.breakGlass())
                : caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
        String role = decision.role() != null ? decision.role() : caller.role();
        var entry = new AccessEntry(caller.userId(), caller.organisation(), role, intent.context(), intent.recordType(),
                intent.action().name(), null, purpose, decision.permitted(), decision.rule(), decision.agreement(),
                caller.issuer());
        if (!decision.permitted()) {
            audit.appendOnItsOwn(List.of(entry));
            throw new AccessDenied(refusalDetail(decision.rule()));
        }
        audit.appendWithCurrentChange(List.of(entry));
    }

    private AccessPolicy.Request typeLevelRequest(Caller caller, AccessIntent intent, LocalDate today) {
        // A stated purpose the agreements name narrows the agreements that may be relied on; free text is only audited.
        String purposeCode = policy.knowsPurpose(caller.statedPurpose()) ? caller.statedPurpose() : null;
        return new AccessPolicy.Request(caller.organisation(), caller.roles(), caller.isSystem(),
                intent.context(), intent.recordType(), operation(intent.action()), purposeCode, today);
    }

    /** The refusal's detail: names the rule, never the child; a break glass without a reason names the header. */
    static String refusalDetail(String rule) {
        if (AccessPolicy.BREAK_GLASS_WITHOUT_REASON.equals(rule)) {
            return "breaking glass needs a reason: state it in " + Caller.BREAK_GLASS_HEADER + " (rule " + rule + ")";
        }
        if (AccessPolicy.NOT_INVOLVED.equals(rule)) {
            return "the access policy refused this request (rule " + rule + "): you are not involved with this child;"
                    + " state a reason in " + Caller.BREAK_GLASS_HEADER + " to break glass, which is reviewed";
        }
        if (AccessPolicy.IMPORT_NOT_PERMITTED.equals(rule)) {
            return "the access policy refused this request (rule " + rule + "): importing a file of these records needs"
                    + " a role granted to import them, which a grant to write one record does not give";
        }
        return "the access policy refused this request (rule " + rule + ")";
    }

    static Operation operation(RecordAction action) {
        return switch (action) {
            case READ, LIST -> Operation.READ;
            case CREATE, UPDATE -> Operation.WRITE;
            case IMPORT -> Operation.IMPORT;
        };
    }
}
