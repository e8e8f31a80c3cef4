package org.cypf.socialcare.frontdoor.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.shared.adapter.out.memory.WorkQueues;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The front door's contacts in memory, for fast tests (ADR 0097); test code only. It passes {@code ContactsContract}
 * as the jOOQ adapter does: contacts added and decided in the caller's {@link InMemoryUnitOfWork} and kept when it
 * commits. A unit of work that adds or changes a contact holds its lock to its end, as the primary key and the row
 * lock hold a second writer until the first commits: so of two contacts added at once under one id one is refused,
 * and of two decisions from one version one is stale. {@link InMemoryUndecidedContacts} reads the same rows.
 */
public final class InMemoryContacts implements Contacts {
    /** In the order received, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    static final Comparator<Contact> RECEIVED = Comparator.comparing(Contact::receivedAt)
            .thenComparing(c -> c.id().toString());
    /** The order breaches are listed in: decision due, then received. */
    static final Comparator<Contact> DUE = Comparator.comparing(Contact::decisionDueOn).thenComparing(RECEIVED);

    private final InMemoryRows<UUID, Contact> rows = new InMemoryRows<>();

    /** The contacts this unit of work sees that match, in no order: for the queue reading the same rows. */
    List<Contact> where(Predicate<Contact> which) {
        return rows.where(which);
    }

    private List<Contact> visible(Predicate<Contact> which, Comparator<Contact> order) {
        return rows.where(which).stream().sorted(order).toList();
    }

    @Override
    public Optional<Contact> find(UUID contactId) {
        return rows.find(contactId);
    }

    @Override
    public void add(Contact contact) {
        rows.lock(contact.id());
        if (rows.find(contact.id()).isPresent()) {
            throw new Conflict("a contact is recorded under this id already");
        }
        rows.put(contact.id(), contact);
    }

    @Override
    public void update(Contact after, long expectedVersion) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the contact", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public Page<Contact> ofChild(ChildId child, Slice slice) {
        return WorkQueues.page(visible(c -> c.childId().equals(child), RECEIVED), slice);
    }

    @Override
    public List<Contact> receivedBetween(LocalDate from, LocalDate to) {
        return visible(c -> !c.receivedOn().isBefore(from) && !c.receivedOn().isAfter(to), RECEIVED);
    }

    @Override
    public List<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince) {
        return visible(inBreach(date, decidedLateSince), RECEIVED);
    }

    @Override
    public Page<Contact> breachCandidates(LocalDate date, LocalDate decidedLateSince, ListScope scope, Slice slice) {
        return WorkQueues.page(visible(inBreach(date, decidedLateSince).and(c -> scope.includes(c.childId())), DUE), slice);
    }

    /** Received by the date, and decided late since the lookback or still undecided at its end though due by then. */
    private static Predicate<Contact> inBreach(LocalDate date, LocalDate decidedLateSince) {
        return c -> {
            if (c.receivedOn().isAfter(date)) {
                return false;
            }
            Optional<LocalDate> decided = c.decidedOn();
            boolean decidedLate = decided.filter(d -> !d.isBefore(decidedLateSince) && !d.isAfter(date)
                    && d.isAfter(c.decisionDueOn())).isPresent();
            boolean undecidedAndDue = decided.map(d -> d.isAfter(date)).orElse(true) && !c.decisionDueOn().isAfter(date);
            return decidedLate || undecidedAndDue;
        };
    }
}
