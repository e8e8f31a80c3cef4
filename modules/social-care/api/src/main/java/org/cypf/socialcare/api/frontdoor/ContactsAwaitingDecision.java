package org.cypf.socialcare.api.frontdoor;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The work queue of the front door's one working day clock: contacts not yet decided, whether due or not, soonest due
 * first (then oldest received), read a page at a time in the query. Of the children the caller may see listed (those
 * they are involved with, unless their role lists every child's contacts; ADR 0033); each child listed is authorised
 * and audited as a listing of their record.
 */
public interface ContactsAwaitingDecision {
    /** The largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 500;

    /** @throws IllegalArgumentException when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<ContactAwaitingDecision> contactsAwaitingDecision(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
