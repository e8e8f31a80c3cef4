package org.cypf.socialcare.frontdoor.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.frontdoor.ContactAwaitingDecision;
import org.cypf.socialcare.api.frontdoor.ContactsAwaitingDecision;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.port.UndecidedContacts;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * The contacts queue: whose contacts the caller may see listed is decided first, then filtered and paged in the
 * query, and every child on the page is authorised and audited as a listing (ADR 0033).
 */
public final class ContactsAwaitingDecisionService implements ContactsAwaitingDecision {
    private static final RecordIntent LISTING = new RecordIntent("contact", RecordAction.LIST,
            "listing contacts awaiting a decision");

    private final UnitOfWork unitOfWork;
    private final UndecidedContacts contacts;
    private final Children children;
    private final ContextRecordAccess access;
    private final Clock clock;

    public ContactsAwaitingDecisionService(UnitOfWork unitOfWork, UndecidedContacts contacts, Children children,
                                           ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.contacts = contacts;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<ContactAwaitingDecision> contactsAwaitingDecision(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page of contacts holds at most " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            ListScope scope = access.listScope(caller, LISTING, LocalDate.now(clock));
            Page<Contact> page = contacts.soonestDueFirst(scope, slice);
            List<ChildId> ids = page.items().stream().map(Contact::childId).distinct().toList();
            access.authoriseAll(caller, LISTING, ids);
            Map<ChildId, Child> byId = children.findAll(ids);
            return page.map(c -> new ContactAwaitingDecision(c.id(), c.childId().toString(),
                    byId.containsKey(c.childId()) ? byId.get(c.childId()).localChildId() : null, c.receivedAt(),
                    c.decisionDueOn(), c.version()));
        });
    }

    @Override
    public java.util.List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams) {
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            ListScope scope = access.listScope(caller, LISTING, today);
            // The count names no child: the access port decides the listing and audits none.
            access.authoriseAll(caller, LISTING, java.util.List.of());
            return contacts.countsByTeam(scope, teams, today);
        });
    }
}
