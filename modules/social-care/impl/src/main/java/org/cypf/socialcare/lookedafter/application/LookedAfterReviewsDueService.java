package org.cypf.socialcare.lookedafter.application;

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
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewDue;
import org.cypf.socialcare.api.lookedafter.LookedAfterReviewsDue;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * The looked-after reviews queue: whose periods of care the caller may see listed is decided first, then the children
 * looked after today are filtered, ordered by their next review's due date and paged in the query, and every child on
 * the page is authorised and audited as a listing (ADR 0033).
 */
public final class LookedAfterReviewsDueService implements LookedAfterReviewsDue {
    private static final RecordIntent LISTING = new RecordIntent("looked-after-review", RecordAction.LIST,
            "listing looked-after reviews due");

    private final UnitOfWork unitOfWork;
    private final LookedAfterReviewsAwaited reviews;
    private final Children children;
    private final ContextRecordAccess access;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public LookedAfterReviewsDueService(UnitOfWork unitOfWork, LookedAfterReviewsAwaited reviews, Children children,
                                        ContextRecordAccess access, WorkingDayCalendar calendar, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
        this.children = children;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Page<LookedAfterReviewDue> reviewsDue(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page of looked-after reviews holds at most " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            LocalDate today = LocalDate.now(clock);
            ListScope scope = access.listScope(caller, LISTING, today);
            Page<LookedAfterReviewsAwaited.Awaited> page = reviews.soonestDueFirst(LookedAfterOn.theDay(today), scope,
                    slice, calendar);
            List<ChildId> ids = page.items().stream().map(LookedAfterReviewsAwaited.Awaited::childId).toList();
            access.authoriseAll(caller, LISTING, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return page.map(a -> new LookedAfterReviewDue(a.periodId(), a.childId().toString(),
                    byId.containsKey(a.childId()) ? byId.get(a.childId()).localChildId() : null,
                    a.startDate(), a.reviewsHeld() + 1, a.dueBy()));
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
            return reviews.countsByTeam(LookedAfterOn.theDay(today), scope, calendar, teams, today);
        });
    }
}
