package org.cypf.socialcare.protection.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The initial conferences queue's reading: runs inside the caller's unit of work. */
public interface ConferencesAwaited {

    /** An enquiry waiting for its initial conference, due on {@code conferenceDueDate}. */
    record Awaited(UUID enquiryId, ChildId childId, LocalDate section47StartDate, LocalDate conferenceDueDate) {}

    /**
     * Enquiries with a conference due and not held, whose section 47 did not conclude without one, of the children
     * {@code scope} lets the caller see, soonest due first, filtered and paged in the query.
     */
    Page<Awaited> soonestDueFirst(ListScope scope, Slice slice);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
