package org.cypf.socialcare.frontdoor.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.socialcare.frontdoor.domain.Contact;

/** Where contacts are kept. Every method runs inside the caller's unit of work. */
public interface Contacts {

    Optional<Contact> find(UUID contactId);

    /**
     * Stores a new contact.
     *
     * @throws org.cypf.kernel.problem.Conflict when a contact is stored under its id already
     */
    void add(Contact contact);

    /**
     * Stores {@code after} (at its next version) if the stored contact is still at {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(Contact after, long expectedVersion);

    /** One page of the contacts about {@code child}, earliest received first (then by id), and how many there are. */
    org.cypf.kernel.page.Page<Contact> ofChild(org.cypf.kernel.identity.ChildId child, org.cypf.kernel.page.Slice slice);

    /** Contacts received (in England) from {@code from} to {@code to}, both included. */
    List<Contact> receivedBetween(LocalDate from, LocalDate to);

    /**
     * Contacts that may stand in breach at the end of {@code date} (see {@link Contact#breachAt}): received on or
     * before it and either decided after their due day (decided from {@code decidedLateSince} to the date) or not
     * decided by the end of the date although due by then.
     */
    List<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince);

    /**
     * One page of {@link #breachCandidates}, in the order the breaches are listed (decision due, then received), of
     * the children {@code scope} lets the caller see only, filtered and paged in the query (ADR 0033), with the total.
     */
    org.cypf.kernel.page.Page<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince,
            org.cypf.governance.api.access.ListScope scope, org.cypf.kernel.page.Slice slice);
}
