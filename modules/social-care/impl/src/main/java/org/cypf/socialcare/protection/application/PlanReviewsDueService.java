package org.cypf.socialcare.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.protection.PlanReviewDue;
import org.cypf.socialcare.api.protection.PlanReviewsDue;
import org.cypf.socialcare.protection.port.PlanReviewsAwaited;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * The child protection reviews queue: whose plans the caller may see listed is decided first, then filtered, ordered
 * by the review's due date and paged in the query, and every child on the page is authorised and audited as a listing
 * (ADR 0033).
 */
public final class PlanReviewsDueService implements PlanReviewsDue {
    private static final RecordIntent LISTING = new RecordIntent("child-protection-plan", RecordAction.LIST,
            "listing child protection reviews due");

    private final UnitOfWork unitOfWork;
    private final PlanReviewsAwaited reviews;
    private final Children children;
    private final ContextRecordAccess access;
    private final Clock clock;

    public PlanReviewsDueService(UnitOfWork unitOfWork, PlanReviewsAwaited reviews, Children children,
                                 ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<PlanReviewDue> planReviewsDue(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page of child protection reviews holds at most " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            ListScope scope = access.listScope(caller, LISTING, LocalDate.now(clock));
            Page<PlanReviewsAwaited.Awaited> page = reviews.soonestDueFirst(scope, slice);
            List<ChildId> ids = page.items().stream().map(PlanReviewsAwaited.Awaited::childId).toList();
            access.authoriseAll(caller, LISTING, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return page.map(a -> new PlanReviewDue(a.planId(), a.childId().toString(),
                    byId.containsKey(a.childId()) ? byId.get(a.childId()).localChildId() : null,
                    a.startDate(), a.latestCategory(), a.reviewsHeld(), a.reviewDueDate()));
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
            return reviews.countsByTeam(scope, teams, today);
        });
    }
}
