package org.cypf.socialcare.api.protection;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The work queue of child protection reviews (Working Together 2023): every open plan's next review, the first due 3
 * months after the initial conference, each later one 6 months after the review before, soonest due first, ordered
 * and paged in the query. Of the children the caller may see listed (ADR 0033); each child listed is authorised and
 * audited.
 */
public interface PlanReviewsDue {
    /** The largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 500;

    /** @throws IllegalArgumentException when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<PlanReviewDue> planReviewsDue(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
