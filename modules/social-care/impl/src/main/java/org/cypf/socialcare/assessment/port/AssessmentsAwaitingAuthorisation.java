package org.cypf.socialcare.assessment.port;

import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.assessment.domain.Assessment;

/** The assessments queue's reading: runs inside the caller's unit of work. */
public interface AssessmentsAwaitingAuthorisation {

    /**
     * Assessments not yet authorised, of the children {@code scope} lets the caller see, soonest due first, filtered
     * and paged in the query, with the total of every page.
     */
    Page<Assessment> soonestDueFirst(ListScope scope, Slice slice);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
