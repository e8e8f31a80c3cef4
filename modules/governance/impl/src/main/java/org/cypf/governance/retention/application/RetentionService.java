package org.cypf.governance.retention.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.retention.AnonymisationView;
import org.cypf.governance.api.retention.LegalHolds;
import org.cypf.governance.api.retention.ProposeAnonymisation;
import org.cypf.governance.api.retention.Retention;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.port.Anonymisations;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The retention report and reviewed anonymisation (ADR 0034), over every context's {@link RecordRetention}. Each step
 * is authorised by a governance grant on {@value Retention#RECORD_TYPE} and audited in the access audit: a permitted
 * step with the change it makes, a refusal on its own. The report pages across the contexts in their queries: each
 * context counts its due records, and only the contexts the page reaches are read, from the offset the page needs.
 *
 * <p>Legal holds (ADR 0037): the report shows the due records of a held child as held; proposing to anonymise one is
 * refused, and so is approving one whose child was held since, under the lock placing a hold takes (409, rule
 * {@value LegalHolds#LEGAL_HOLD}, audited).
 */
public final class RetentionService implements Retention {
    static final String CONTEXT = "governance";

    private final UnitOfWork unitOfWork;
    private final Anonymisations store;
    private final LegalHoldStore holds;
    private final AccessAuditLog audit;
    private final AccessPolicy policy;
    private final List<RecordRetention> sources;
    private final Clock clock;

    public RetentionService(UnitOfWork unitOfWork, Anonymisations store, LegalHoldStore holds, AccessAuditLog audit,
                            AccessPolicy policy, List<RecordRetention> sources, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.holds = holds;
        this.audit = audit;
        this.policy = policy;
        this.sources = sources.stream().sorted(Comparator.comparing(RecordRetention::context)).toList();
        this.clock = clock;
    }

    @Override
    public Page<DueRecord> due(Caller caller, LocalDate date, Slice slice) {
        LocalDate on = date != null ? date : LocalDate.now(clock);
        String role = granted(caller, Operation.READ, CONTEXT, RECORD_TYPE, "LIST", "reading the retention report");
        return unitOfWork.inSnapshot(() -> {
            audit.appendWithCurrentChange(List.of(entry(caller, role, CONTEXT, RECORD_TYPE, "LIST", true, RETENTION_ROLE,
                    "retention report of records due on " + on + " (a dry run)")));
            Set<UUID> held = holds.heldChildren();
            long offset = slice.offset();
            int wanted = slice.size();
            long total = 0;
            List<DueRecord> items = new ArrayList<>();
            for (RecordRetention source : sources) {
                long count = source.countDue(on);
                total += count;
                if (wanted > 0 && offset < count) {
                    List<DueRecord> read = source.due(on, held, offset, wanted);
                    items.addAll(read);
                    wanted -= read.size();
                    offset = 0;
                } else {
                    offset = Math.max(0, offset - count);
                }
            }
            return new Page<>(items, Math.max(total, items.size()));
        });
    }

    @Override
    public AnonymisationView propose(Caller caller, ProposeAnonymisation proposal) {
        var v = new Violations();
        RecordRetention source = proposal.context() == null ? null : sources.stream()
                .filter(s -> s.context().equals(proposal.context())).findFirst().orElse(null);
        v.check(source != null, "context", "must be one of " + sources.stream().map(RecordRetention::context).toList());
        v.check(proposal.recordType() != null && !proposal.recordType().isBlank() && proposal.recordType().length() <= 100,
                "recordType", "must be 1 to 100 characters");
        v.check(proposal.recordId() != null, "recordId", "is required");
        v.check(proposal.reason() != null && !proposal.reason().isBlank() && proposal.reason().length() <= 2000,
                "reason", "must be 1 to 2000 characters");
        v.throwIfAny();
        String role = granted(caller, Operation.WRITE, proposal.context(), proposal.recordType(), "CREATE",
                "proposing to anonymise " + proposal.recordType() + " " + proposal.recordId());
        LocalDate today = LocalDate.now(clock);
        DueRecord due = source.dueRecord(proposal.recordType(), proposal.recordId(), today,
                        unitOfWork.inTransaction(holds::heldChildren))
                .orElseThrow(() -> new NotFound("no " + proposal.recordType() + " " + proposal.recordId() + " of "
                        + proposal.context() + " is due for anonymisation on " + today));
        if (due.held()) {
            throw held(caller, role, due.context(), due.recordType(), "CREATE",
                    "retention: refused proposing to anonymise " + due.recordType() + " " + due.recordId());
        }
        return unitOfWork.inTransaction(() -> {
            if (store.proposalWaiting(due.context(), due.recordType(), due.recordId())) {
                throw new Conflict("a proposal to anonymise " + due.recordType() + " " + due.recordId() + " is waiting");
            }
            var made = Anonymisation.proposed(UUID.randomUUID(), due.context(), due.recordType(), due.recordId(),
                    due.rule(), due.dueOn(), proposal.reason().strip(), person(caller), clock.instant());
            store.add(made);
            audit.appendWithCurrentChange(List.of(entry(caller, role, due.context(), due.recordType(), "CREATE", true,
                    RETENTION_ROLE, step("proposed", made))));
            return view(made);
        });
    }

    @Override
    public AnonymisationView approve(Caller caller, UUID anonymisationId) {
        // Authorised before the proposal is looked up, so a caller who may not approve learns nothing of it.
        String role = granted(caller, Operation.WRITE, CONTEXT, RECORD_TYPE, "UPDATE",
                "retention: approving anonymisation " + anonymisationId);
        Anonymisation proposal = unitOfWork.inTransaction(() -> store.find(anonymisationId))
                .orElseThrow(() -> new NotFound("no anonymisation " + anonymisationId));
        try {
            proposal.checkApprovableBy(person(caller));
        } catch (AccessDenied refused) {
            audit.appendOnItsOwn(List.of(entry(caller, role, proposal.context(), proposal.recordType(), "UPDATE", false,
                    Anonymisation.SEPARATION_OF_DUTIES, step("refused approval of", proposal))));
            throw refused;
        }
        RecordRetention source = sources.stream().filter(s -> s.context().equals(proposal.context())).findFirst()
                .orElseThrow(() -> new Conflict("context " + proposal.context() + " no longer anonymises records"));
        // The context anonymises in its own transaction first, while governance holds the lock placing a legal hold
        // takes: a hold placed meanwhile waits, and one placed before is seen. If governance's record of it then fails,
        // the proposal stays waiting and a second approval completes it (the context answers a record anonymised
        // already).
        AnonymisationView done = unitOfWork.inTransaction(() -> {
            holds.lockAgainstAnonymisation();
            DueRecord record = source.anonymise(proposal.recordType(), proposal.recordId(), LocalDate.now(clock),
                            holds.heldChildren())
                    .orElseThrow(() -> new Conflict(proposal.recordType() + " " + proposal.recordId()
                            + " is no longer due for anonymisation"));
            if (record.held()) {
                return null;
            }
            Anonymisation carried = proposal.carriedOut(person(caller), clock.instant());
            if (!store.carriedOut(carried)) {
                throw new Conflict("anonymisation " + anonymisationId + " was carried out already");
            }
            audit.appendWithCurrentChange(List.of(entry(caller, role, carried.context(), carried.recordType(), "UPDATE",
                    true, RETENTION_ROLE, step("approved and carried out", carried))));
            return view(carried);
        });
        if (done == null) {
            throw held(caller, role, proposal.context(), proposal.recordType(), "UPDATE",
                    step("refused approval of", proposal));
        }
        return done;
    }

    /** A refusal because the record's child is under a legal hold, audited on its own; the record is named, not the child. */
    private Conflict held(Caller caller, String role, String context, String recordType, String action, String purpose) {
        audit.appendOnItsOwn(List.of(entry(caller, role, context, recordType, action, false, LegalHolds.LEGAL_HOLD,
                purpose + ": its child is under a legal hold")));
        return new Conflict("the record's child is under a legal hold: nothing of theirs is anonymised while it is in"
                + " force (rule " + LegalHolds.LEGAL_HOLD + ")");
    }

    @Override
    public AnonymisationView anonymisation(Caller caller, UUID anonymisationId) {
        String role = granted(caller, Operation.READ, CONTEXT, RECORD_TYPE, "READ", "reading anonymisation " + anonymisationId);
        return unitOfWork.inTransaction(() -> {
            Anonymisation found = store.find(anonymisationId)
                    .orElseThrow(() -> new NotFound("no anonymisation " + anonymisationId));
            audit.appendWithCurrentChange(List.of(entry(caller, role, found.context(), found.recordType(), "READ", true,
                    RETENTION_ROLE, step("read", found))));
            return view(found);
        });
    }

    /**
     * The role that grants the step on governance's {@value Retention#RECORD_TYPE}; a refusal is audited on its own.
     * CYPF's components never review retention: it is a person's decision.
     */
    private String granted(Caller caller, Operation operation, String context, String recordType, String action,
                           String purpose) {
        String role = caller.isSystem() || AccessPolicy.PLATFORM_ORGANISATION.equalsIgnoreCase(caller.organisation())
                ? null
                : policy.grantingRole(caller.roles(), CONTEXT, operation, RECORD_TYPE).orElse(null);
        if (role == null) {
            audit.appendOnItsOwn(List.of(entry(caller, caller.role(), context, recordType, action, false,
                    AccessPolicy.ROLE_NOT_PERMITTED, purpose)));
            throw new AccessDenied("only a role granted governance " + RECORD_TYPE + " (" + operation.name().toLowerCase()
                    + ") may do this (rule " + AccessPolicy.ROLE_NOT_PERMITTED + ")");
        }
        return role;
    }

    private static String step(String what, Anonymisation a) {
        return "retention: " + what + " anonymisation " + a.id() + " of " + a.context() + " " + a.recordType() + " "
                + a.recordId() + " under rule " + a.rule() + " (due " + a.dueOn() + ")";
    }

    private static Anonymisation.Person person(Caller caller) {
        return new Anonymisation.Person(caller.userId(), caller.organisation());
    }

    /** No child is named: the record is named by its id, and the audit outlives the child's identity. */
    private static AccessEntry entry(Caller caller, String role, String context, String recordType, String action,
                                     boolean permitted, String rule, String purpose) {
        return new AccessEntry(caller.userId(), caller.organisation(), role, context, recordType, action, null,
                purpose, permitted, rule, null, caller.issuer());
    }

    private static AnonymisationView view(Anonymisation a) {
        return new AnonymisationView(a.id(), a.context(), a.recordType(), a.recordId(), a.rule(), a.dueOn(), a.status(),
                a.reason(), a.proposedBy().userId(), a.proposedAt(),
                a.approvedBy() == null ? null : a.approvedBy().userId(), a.carriedOutAt());
    }
}
