package org.cypf.healthwellbeing.api.send;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * EHC needs assessments due, the one reading of the 20 week clock (SEND Regulations 2014, regulation 13): requests
 * still open (not decided against, not withdrawn, no decision not to issue, no final plan, not ceased), the earliest
 * 20-week due date first, filtered, ordered and paged in the query. Of the children the caller may see listed
 * (ADR 0033); each child listed is authorised and audited. The web's work queue and
 * {@code GET /health-wellbeing/ehc-needs-assessments-due} both read it (ADR 0105).
 */
public interface EhcPlansDue {
    /** The largest page a caller may ask for (the HTTP api's largest page). */
    int MAX_PAGE_SIZE = 1000;

    /** @throws org.cypf.kernel.problem.InvalidInput naming {@code size} when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<EhcPlanDue> plansDue(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
