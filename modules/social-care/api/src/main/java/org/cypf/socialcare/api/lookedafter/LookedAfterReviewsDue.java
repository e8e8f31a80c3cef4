package org.cypf.socialcare.api.lookedafter;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The work queue of looked-after reviews (Care Planning, Placement and Case Review (England) Regulations 2010,
 * regulation 33): the next review of every child looked after today, the first due 20 working days after the child
 * became looked after, the second 3 months after the first, then 6 months after the one before; soonest due first,
 * ordered and paged in the query. A period that began before the records held and has no review recorded has no
 * known due date and is not listed. Of the children the caller may see listed (ADR 0033); each child listed is
 * authorised and audited.
 */
public interface LookedAfterReviewsDue {
    /** The largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 500;

    /** @throws IllegalArgumentException when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<LookedAfterReviewDue> reviewsDue(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
