package org.cypf.governance.access.application;

import java.util.Set;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.port.InvolvementStore;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.BreakGlassUse;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.Involvement;
import org.cypf.governance.api.access.Involvements;
import org.cypf.governance.api.access.NewInvolvement;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Recording who is involved with a child and reviewing break-glass uses (ADR 0032). A team manager allocates, so
 * records involvements; team managers and auditors list them and review break glass. A reviewer never closes their
 * own break glass: the review is a second person's.
 */
public final class InvolvementService implements Involvements {
    private static final Set<String> RECORDERS = Set.of(TEAM_MANAGER_ROLE);
    private static final Set<String> REVIEWERS = Set.of(TEAM_MANAGER_ROLE, AccessAudit.AUDITOR_ROLE);

    private final UnitOfWork unitOfWork;
    private final InvolvementStore store;

    public InvolvementService(UnitOfWork unitOfWork, InvolvementStore store) {
        this.unitOfWork = unitOfWork;
        this.store = store;
    }

    @Override
    public Involvement record(Caller caller, NewInvolvement involvement) {
        holding(caller, RECORDERS, "record an involvement");
        return store.record(involvement, caller.userId());
    }

    @Override
    public Page<Involvement> involvements(Caller caller, UUID childId, int page, int size) {
        holding(caller, REVIEWERS, "list involvements");
        checkPage(page, size);
        long offset = (long) (page - 1) * size;
        return unitOfWork.inSnapshot(() -> new Page<>(store.involvements(childId, offset, size), page, size,
                store.countInvolvements(childId)));
    }

    @Override
    public org.cypf.governance.api.access.ChildTeams teamsOn(Caller caller, java.time.LocalDate date) {
        holding(caller, REVIEWERS, "list involvements");
        return new org.cypf.governance.api.access.ChildTeams(store.allocatedTeams(date));
    }

    @Override
    public Page<BreakGlassUse> reviewQueue(Caller caller, int page, int size) {
        holding(caller, REVIEWERS, "review break glass");
        checkPage(page, size);
        long offset = (long) (page - 1) * size;
        return unitOfWork.inSnapshot(() -> new Page<>(store.openBreakGlass(offset, size), page, size,
                store.countOpenBreakGlass()));
    }

    @Override
    public BreakGlassUse close(Caller caller, long accessId, String note) {
        String role = holding(caller, REVIEWERS, "review break glass");
        var v = new Violations();
        v.check(note != null && !note.isBlank() && note.length() <= 2000, "note", "must be 1 to 2000 characters");
        v.throwIfAny();
        BreakGlassUse use = store.breakGlass(accessId)
                .orElseThrow(() -> new NotFound("no break-glass use " + accessId));
        if (use.reviewer() != null) {
            throw new Conflict("break-glass use " + accessId + " was reviewed already");
        }
        if (use.userId().equals(caller.userId()) && use.organisation().equals(caller.organisation())) {
            throw new AccessDenied("a break-glass use is reviewed by someone other than the person who broke glass");
        }
        store.closeBreakGlass(accessId, caller.userId(), role, note.strip());
        return store.breakGlass(accessId).orElseThrow();
    }

    /** The first of {@code roles} the caller holds; {@link AccessDenied} for anyone else, components included. */
    private static String holding(Caller caller, Set<String> roles, String what) {
        if (caller.isSystem() || AccessPolicy.PLATFORM_ORGANISATION.equalsIgnoreCase(caller.organisation())) {
            throw new AccessDenied("a CYPF component does not " + what);
        }
        return roles.stream().sorted().filter(caller::holds).findFirst().orElseThrow(() -> new AccessDenied(
                "only " + String.join(" or ", roles.stream().sorted().toList()) + " may " + what
                        + " (rule " + AccessPolicy.ROLE_NOT_PERMITTED + ")"));
    }

    private static void checkPage(int page, int size) {
        var v = new Violations();
        v.check(page >= 1, "page", "must be a whole number from 1");
        v.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.throwIfAny();
    }
}
