package org.cypf.healthwellbeing.send.port;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The EHC plans queue's reading: runs inside the caller's unit of work. */
public interface EhcRequestsAwaitingPlans {

    record Awaiting(UUID requestId, ChildId childId, LocalDate receivedOn, String decision, LocalDate draftIssuedOn,
                    LocalDate planDueBy) {}

    /**
     * Requests with no final plan issued, not refused and not ceased, of the children {@code scope} lets the caller
     * see, soonest due first, filtered and paged in the query.
     */
    Page<Awaiting> soonestDueFirst(ListScope scope, Slice slice);
}
