package org.cypf.socialcare.api.protection;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The work queue of the 15 working day clock (Working Together 2023): initial child protection conferences not yet
 * held, due 15 working days after the last strategy discussion, soonest due first, read a page at a time in the
 * query. An enquiry whose section 47 concluded without a conference (CIN census ICPCnotRequired) is not waiting. Of
 * the children the caller may see listed (ADR 0033); each child listed is authorised and audited.
 */
public interface ConferencesDue {
    /** The largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 500;

    /** @throws IllegalArgumentException when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<ConferenceDue> conferencesDue(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
