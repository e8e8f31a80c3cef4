package org.cypf.healthwellbeing.send.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The reading of EHC needs assessments due (20 weeks): runs inside the caller's unit of work. */
public interface EhcRequestsAwaitingPlans {

    record Awaiting(UUID requestId, ChildId childId, LocalDate receivedOn, LocalDate decisionDueBy, String decision,
                    LocalDate draftIssuedOn, LocalDate planDueBy, long version) {}

    /**
     * Requests still open: not decided against, not withdrawn, no decision not to issue, no final plan issued, not
     * ceased; of the children {@code scope} lets the caller see, soonest due first (then by id), filtered, ordered
     * and paged in the query, with how many there are in all.
     */
    Page<Awaiting> soonestDueFirst(ListScope scope, Slice slice);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
