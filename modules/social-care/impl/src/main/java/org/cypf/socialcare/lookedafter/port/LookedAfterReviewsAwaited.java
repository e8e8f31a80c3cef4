package org.cypf.socialcare.lookedafter.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;

/** The looked-after reviews queue's reading: runs inside the caller's unit of work. */
public interface LookedAfterReviewsAwaited {

    /**
     * An open period of care whose next review (after {@code reviewsHeld} held) is due by {@code dueBy}.
     *
     * @param startDate the period's first day; null when it began before the records held
     */
    record Awaited(UUID periodId, ChildId childId, LocalDate startDate, int reviewsHeld, LocalDate dueBy) {}

    /**
     * Open periods under which the child is looked after as {@code rule} says, of the children {@code scope} lets the
     * caller see, next review soonest due first: the domain's {@code ReviewSchedule.nextDueBy} worked out in the
     * query, with {@code calendar}'s working days, then ordered and paged there. A period with no known due date (it
     * began before the records held and has no review) is left out.
     */
    Page<Awaited> soonestDueFirst(LookedAfterOn rule, ListScope scope, Slice slice, WorkingDayCalendar calendar);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(LookedAfterOn rule, ListScope scope, WorkingDayCalendar calendar,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
