package org.cypf.governance.retention.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.retention.LegalHoldView;
import org.cypf.governance.api.retention.LegalHolds;
import org.cypf.governance.api.retention.LiftLegalHold;
import org.cypf.governance.api.retention.PlaceLegalHold;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.domain.LegalHold;
import org.cypf.governance.retention.port.LegalHoldStore;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Placing, lifting and reading legal holds (ADR 0037). Each step is authorised by a governance grant on
 * {@value LegalHolds#RECORD_TYPE} (the auditor's; retention's grant is not enough) after its input is checked, and
 * audited with the child it is about: a permitted step in the same transaction as the change, a refusal on its own.
 * Placing a hold waits for an anonymisation being carried out to finish, so none is carried out past a hold.
 */
public final class LegalHoldService implements LegalHolds {
    static final String CONTEXT = "governance";

    private final UnitOfWork unitOfWork;
    private final LegalHoldStore store;
    private final AccessAuditLog audit;
    private final AccessPolicy policy;
    private final Clock clock;

    public LegalHoldService(UnitOfWork unitOfWork, LegalHoldStore store, AccessAuditLog audit, AccessPolicy policy,
                            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public LegalHoldView place(Caller caller, PlaceLegalHold hold) {
        var v = new Violations();
        UUID child = hold == null ? null : hold.childId();
        v.check(child != null, "childId", "is required: the child's partnership id");
        v.check(hold != null && text(hold.authority(), 200), "authority",
                "must be 1 to 200 characters: who asked for the hold (an inquiry, a claim's reference)");
        v.check(hold != null && text(hold.reason(), 2000), "reason", "must be 1 to 2000 characters");
        v.throwIfAny();
        String role = granted(caller, Operation.WRITE, child, "CREATE", "legal hold: placing a hold");
        return unitOfWork.inTransaction(() -> {
            store.lockAgainstAnonymisation();
            LegalHold made = LegalHold.placed(UUID.randomUUID(), child, hold.authority().strip(), hold.reason().strip(),
                    person(caller), clock.instant());
            store.add(made);
            audit.appendWithCurrentChange(List.of(entry(caller, role, child, "CREATE", true, LEGAL_HOLD_ROLE,
                    "legal hold " + made.id() + " placed at the request of " + made.authority())));
            return view(made);
        });
    }

    @Override
    public LegalHoldView lift(Caller caller, UUID holdId, LiftLegalHold lifting) {
        var v = new Violations();
        v.check(lifting != null && text(lifting.reason(), 2000), "reason",
                "must be 1 to 2000 characters: why the hold is lifted (the inquiry has closed, the claim is settled)");
        v.throwIfAny();
        // Authorised before the hold is looked up, so a caller who may not lift learns nothing of it.
        String role = granted(caller, Operation.WRITE, null, "UPDATE", "legal hold: lifting hold " + holdId);
        return unitOfWork.inTransaction(() -> {
            LegalHold held = store.find(holdId).orElseThrow(() -> new NotFound("no legal hold " + holdId));
            LegalHold lifted = held.lifted(person(caller), clock.instant(), lifting.reason().strip());
            if (!store.lifted(lifted)) {
                throw new Conflict("legal hold " + holdId + " was lifted already");
            }
            audit.appendWithCurrentChange(List.of(entry(caller, role, held.childId(), "UPDATE", true, LEGAL_HOLD_ROLE,
                    "legal hold " + holdId + " lifted")));
            return view(lifted);
        });
    }

    @Override
    public LegalHoldView hold(Caller caller, UUID holdId) {
        String role = granted(caller, Operation.READ, null, "READ", "legal hold: reading hold " + holdId);
        return unitOfWork.inTransaction(() -> {
            LegalHold found = store.find(holdId).orElseThrow(() -> new NotFound("no legal hold " + holdId));
            audit.appendWithCurrentChange(List.of(entry(caller, role, found.childId(), "READ", true, LEGAL_HOLD_ROLE,
                    "legal hold " + holdId + " read")));
            return view(found);
        });
    }

    @Override
    public Page<LegalHoldView> holds(Caller caller, boolean lifted, Slice slice) {
        String role = granted(caller, Operation.READ, null, "LIST", "legal hold: listing holds");
        return unitOfWork.inSnapshot(() -> {
            List<LegalHold> page = store.page(lifted, slice.offset(), slice.size());
            // One audit row per child the page shows, as every list of children's records is audited.
            audit.appendWithCurrentChange(page.stream().map(h -> entry(caller, role, h.childId(), "LIST", true,
                    LEGAL_HOLD_ROLE, "legal holds listed")).toList());
            return new Page<>(page.stream().map(LegalHoldService::view).toList(), store.count(lifted));
        });
    }

    /** The role that grants the step on governance's legal holds; a refusal is audited on its own. */
    private String granted(Caller caller, Operation operation, UUID child, String action, String purpose) {
        String role = caller.isSystem() || AccessPolicy.PLATFORM_ORGANISATION.equalsIgnoreCase(caller.organisation())
                ? null
                : policy.grantingRole(caller.roles(), CONTEXT, operation, RECORD_TYPE).orElse(null);
        if (role == null) {
            audit.appendOnItsOwn(List.of(entry(caller, caller.role(), child, action, false,
                    AccessPolicy.ROLE_NOT_PERMITTED, purpose)));
            throw new AccessDenied("only a role granted governance " + RECORD_TYPE + " (" + operation.name().toLowerCase()
                    + ") may do this (rule " + AccessPolicy.ROLE_NOT_PERMITTED + ")");
        }
        return role;
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.strip().length() <= max;
    }

    private static Anonymisation.Person person(Caller caller) {
        return new Anonymisation.Person(caller.userId(), caller.organisation());
    }

    private static AccessEntry entry(Caller caller, String role, UUID child, String action, boolean permitted,
                                     String rule, String purpose) {
        return new AccessEntry(caller.userId(), caller.organisation(), role, CONTEXT, RECORD_TYPE, action, child,
                purpose, permitted, rule, null, caller.issuer());
    }

    static LegalHoldView view(LegalHold h) {
        return new LegalHoldView(h.id(), h.childId(), h.authority(), h.reason(), h.status(), h.placedBy().userId(),
                h.placedAt(), h.liftedBy() == null ? null : h.liftedBy().userId(), h.liftedAt(), h.liftReason());
    }
}
