package org.cypf.socialcare.api.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Children's social care's front door: contacts about children from anyone, and the decision on each within one
 * working day of receipt. Every call is authorised and audited as an access to the child's record.
 */
public interface FrontDoor {

    /** Records a contact about a child (recording the child first if social care does not know them yet). */
    ContactView recordContact(Caller caller, RecordContact command);

    /**
     * Records the decision on a contact. A referral for assessment or a strategy discussion opens a referral (CIN
     * episode) dated the day of the decision; a step down to early help publishes
     * {@code social-care.contact-stepped-down-to-early-help}.
     */
    ContactView decide(Caller caller, DecideContact command);

    ContactView contact(Caller caller, UUID contactId);

    /** The most contacts one page of {@link #contactsOfChild} holds. */
    int MAX_CHILD_PAGE_SIZE = 100;

    /**
     * One page of the contacts about a child, earliest received first, with how many there are: the child's record,
     * authorised and audited as one read of it (a child's chronology shows the front door's part from it).
     */
    org.cypf.kernel.page.Page<ContactView> contactsOfChild(Caller caller, String childId, org.cypf.kernel.page.Slice slice);

    /**
     * Contacts whose decision breached the one-working-day timescale, or will unless decided today, as at the end
     * of {@code date}: decided late within the 12 months to the date, and every contact still undecided that was due
     * on or before the date.
     */
    default List<ContactBreachView> breaches(Caller caller, LocalDate date) {
        return breaches(caller, date, new org.cypf.kernel.page.Slice(1, Integer.MAX_VALUE)).items();
    }

    /**
     * One page of {@link #breaches(Caller, LocalDate)}: of the children the caller may see listed (those they are
     * involved with, unless their role lists every child's contacts; ADR 0033), read a page at a time.
     */
    org.cypf.kernel.page.Page<ContactBreachView> breaches(Caller caller, LocalDate date, org.cypf.kernel.page.Slice slice);
}
