package org.cypf.socialcare.frontdoor.port;

import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.frontdoor.domain.Contact;

/** Contacts with no decision yet: the front door's work queue. Runs inside the caller's unit of work. */
public interface UndecidedContacts {

    /**
     * One page of the contacts not yet decided, by decision due day, then received, of the children {@code scope}
     * lets the caller see only, filtered and paged in the query (ADR 0033), with the total.
     */
    Page<Contact> soonestDueFirst(ListScope scope, Slice slice);

    /** The same rows counted per team and overdue on {@code today}, in the query (ADR 0096). */
    java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(ListScope scope,
            org.cypf.governance.api.access.ChildTeams teams, java.time.LocalDate today);
}
