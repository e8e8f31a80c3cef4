package org.cypf.healthwellbeing.send.application;

import java.time.Clock;
import java.time.LocalDate;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.send.EhcPlanDue;
import org.cypf.healthwellbeing.api.send.EhcPlansDue;
import org.cypf.healthwellbeing.send.port.EhcRequestsAwaitingPlans;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * EHC needs assessments due, the one reading the web's queue and the HTTP route share (ADR 0105): whose requests the
 * caller may see listed is decided first, then filtered, ordered and paged in the query, and every child on the page
 * is authorised and audited as a listing (ADR 0033).
 */
public final class EhcPlansDueService implements EhcPlansDue {
    private static final RecordIntent LISTING = new RecordIntent("ehc-needs-assessment", RecordAction.LIST,
            "listing EHC needs assessments due (20 weeks)");

    private final UnitOfWork unitOfWork;
    private final EhcRequestsAwaitingPlans requests;
    private final ContextRecordAccess access;
    private final Clock clock;

    public EhcPlansDueService(UnitOfWork unitOfWork, EhcRequestsAwaitingPlans requests, ContextRecordAccess access,
                              Clock clock) {
        this.unitOfWork = unitOfWork;
        this.requests = requests;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<EhcPlanDue> plansDue(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw InvalidInput.of("size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            ListScope scope = access.listScope(caller, LISTING, LocalDate.now(clock));
            var page = requests.soonestDueFirst(scope, slice);
            access.authoriseAll(caller, LISTING, page.items().stream().map(EhcRequestsAwaitingPlans.Awaiting::childId).toList());
            return page.map(a -> new EhcPlanDue(a.requestId(), a.childId().toString(), a.receivedOn(),
                    a.decisionDueBy(), a.decision(), a.draftIssuedOn(), a.planDueBy(), a.version()));
        });
    }

    @Override
    public java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams) {
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            ListScope scope = access.listScope(caller, LISTING, today);
            // The count names no child: the access port decides the listing and audits none.
            access.authoriseAll(caller, LISTING, java.util.List.of());
            return requests.countsByTeam(scope, teams, today);
        });
    }
}
