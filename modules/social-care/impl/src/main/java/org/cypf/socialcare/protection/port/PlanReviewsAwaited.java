package org.cypf.socialcare.protection.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The child protection reviews queue's reading: runs inside the caller's unit of work. */
public interface PlanReviewsAwaited {

    /** An open plan whose next review (after {@code reviewsHeld} held) is due on {@code reviewDueDate}. */
    record Awaited(UUID planId, ChildId childId, LocalDate startDate, String latestCategory, int reviewsHeld,
                   LocalDate reviewDueDate) {}

    /**
     * Open plans of the children {@code scope} lets the caller see, next review soonest due first, the due date worked
     * out, filtered, ordered and paged in the query ({@code ChildProtectionPlan.nextReviewDue} in SQL).
     */
    Page<Awaited> soonestDueFirst(ListScope scope, Slice slice);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
