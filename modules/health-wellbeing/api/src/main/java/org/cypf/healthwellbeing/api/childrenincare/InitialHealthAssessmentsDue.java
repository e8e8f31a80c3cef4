package org.cypf.healthwellbeing.api.childrenincare;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * Initial health assessments due (Promoting the health and wellbeing of looked-after children, 2015: within 20
 * working days of entering care): the periods of care with no initial health assessment recorded yet, the earliest
 * due date first, filtered, ordered and paged in the query. Of the children the caller may see listed (ADR 0033);
 * each child listed is authorised and audited. The web's work queue reads it (ADR 0105).
 */
public interface InitialHealthAssessmentsDue {
    /** The largest page a caller may ask for (the HTTP api's largest page). */
    int MAX_PAGE_SIZE = 1000;

    /** @throws org.cypf.kernel.problem.InvalidInput naming {@code size} when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<InitialHealthAssessmentDue> initialAssessmentsDue(Caller caller, Slice slice);

    /**
     * How many the queue holds per team, and how many of them are overdue today, over the whole queue of the children
     * the caller may see listed, counted in the query ({@code teams}: each child's team, as governance's
     * {@code Involvements.teamsOn} answers; a child with none counts under no team). Authorised as the list is; names
     * no child, so none is audited (ADR 0096).
     */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams);
}
