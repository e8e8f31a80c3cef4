package org.cypf.socialcare.frontdoor.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.port.UndecidedContacts;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;

/**
 * The front door's queue read from {@link InMemoryContacts}, for fast tests (ADR 0097); test code only. It passes
 * {@code UndecidedContactsContract} as the jOOQ adapter does: a contact waits until it is decided, by its decision's
 * due day and then as received.
 */
public final class InMemoryUndecidedContacts implements UndecidedContacts {
    private final InMemoryContacts contacts;

    public InMemoryUndecidedContacts(InMemoryContacts contacts) {
        this.contacts = contacts;
    }

    private List<Contact> undecided(ListScope scope) {
        return contacts.where(c -> c.decidedAt() == null && scope.includes(c.childId())).stream()
                .sorted(InMemoryContacts.DUE).toList();
    }

    @Override
    public Page<Contact> soonestDueFirst(ListScope scope, Slice slice) {
        return WorkQueues.page(undecided(scope), slice);
    }

    @Override
    public List<TeamCount> countsByTeam(ListScope scope, ChildTeams teams, LocalDate today) {
        return WorkQueues.countsByTeam(undecided(scope), Contact::childId, Contact::decisionDueOn, teams, today);
    }
}
