package org.cypf.healthwellbeing.api.send;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The work queue of the 20 week clock (SEND Regulations 2014, regulation 13): requests for an EHC needs assessment
 * whose final plan is not issued yet (received, not refused, not ceased), soonest due first, read a page at a time in
 * the query. Of the children the caller may see listed (ADR 0033); each child listed is authorised and audited.
 */
public interface EhcPlansDue {
    /** The largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 500;

    /** @throws IllegalArgumentException when {@code slice} asks for more than {@link #MAX_PAGE_SIZE} */
    Page<EhcPlanDue> plansDue(Caller caller, Slice slice);
}
