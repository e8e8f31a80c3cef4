package org.cypf.socialcare.frontdoor.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every reading of the front door's work queue must do (ADR 0097, the suites; ADR 0096, the counts per team):
 * CYPF's jOOQ reading passes it on PostgreSQL, {@code InMemoryUndecidedContacts} for fast tests; an integrator's
 * reading of its own contacts runs it too. The contacts are stored through the {@link Contacts} store it reads.
 *
 * <p>The promises: a contact is in the queue until it is decided; the queue is ordered by the decision's due day, then
 * as received; it is read a page at a time with the total of every page, and holds only the children the list scope
 * names (every child's for the whole partnership); the same rows are counted per team of their children, teams by name
 * and the children with none last, a row overdue when due before the day asked about (one due that day is not), a team
 * with nothing in the queue not listed; a unit of work reads the contacts it added itself. Each test works on children
 * of its own, and counts only their rows except where it reads the whole partnership's.
 */
public abstract class UndecidedContactsContract {
    private static final Instant NOW = Instant.parse("2026-01-05T12:00:00Z");

    protected abstract Contacts contacts();

    protected abstract UndecidedContacts queue();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows and gives its id. */
    protected abstract ChildId aChild();

    private static Contact received(ChildId child, String at) {
        return Contact.record(UUID.randomUUID(), child, new Contact.Received(Instant.parse(at), "6", "A teacher",
                "Hill School", "bruises seen on arrival", List.of()), NOW, CinCensusCodes.standard()).after();
    }

    private Contact added(ChildId child, String at) {
        Contact contact = received(child, at);
        inUnitOfWork(() -> {
            contacts().add(contact);
            return null;
        });
        return contact;
    }

    private void decided(Contact contact) {
        Contact after = contact.decide("NO_FURTHER_ACTION", contact.receivedAt().plusSeconds(3600), "duty worker",
                null, NOW, null).after();
        inUnitOfWork(() -> {
            contacts().update(after, contact.version());
            return null;
        });
    }

    private Page<Contact> page(ListScope scope, int page, int size) {
        return inUnitOfWork(() -> queue().soonestDueFirst(scope, new Slice(page, size)));
    }

    private static List<UUID> ids(Page<Contact> page) {
        return page.items().stream().map(Contact::id).toList();
    }

    @Test
    public void undecided_contacts_by_the_day_due_then_as_received_and_decided_ones_leave_the_queue() {
        ChildId a = aChild();
        ChildId b = aChild();
        Contact dueThursday = added(a, "2025-03-05T09:00:00Z"); // received Wednesday, due Thursday
        Contact dueWednesdayLater = added(b, "2025-03-04T16:00:00Z"); // received Tuesday, due Wednesday
        Contact dueWednesday = added(a, "2025-03-04T08:00:00Z");
        Contact decided = added(b, "2025-03-03T09:00:00Z");
        decided(decided);

        Page<Contact> queued = page(ListScope.only(List.of(a, b)), 1, 10);
        assertEquals(List.of(List.of(dueWednesday.id(), dueWednesdayLater.id(), dueThursday.id()), 3L),
                List.of(ids(queued), queued.total()));
        assertEquals(List.of(a, LocalDate.of(2025, 3, 5), false), List.of(queued.items().getFirst().childId(),
                queued.items().getFirst().decisionDueOn(), queued.items().getFirst().isDecided()));

        decided(dueWednesday);
        assertEquals(List.of(dueWednesdayLater.id(), dueThursday.id()), ids(page(ListScope.only(List.of(a, b)), 1, 10)));
    }

    @Test
    public void the_queue_is_read_a_page_at_a_time_with_its_total_within_the_list_scope() {
        ChildId a = aChild();
        ChildId b = aChild();
        ChildId notInScope = aChild();
        Contact first = added(a, "2025-04-01T09:00:00Z");
        Contact second = added(b, "2025-04-02T09:00:00Z");
        Contact third = added(a, "2025-04-03T09:00:00Z");
        added(notInScope, "2025-04-01T10:00:00Z");
        ListScope scope = ListScope.only(List.of(a, b));

        Page<Contact> page1 = page(scope, 1, 2);
        Page<Contact> page2 = page(scope, 2, 2);
        Page<Contact> beyond = page(scope, 3, 2);
        assertEquals(List.of(List.of(first.id(), second.id()), 3L, List.of(third.id()), 3L, List.of(), 3L),
                List.of(ids(page1), page1.total(), ids(page2), page2.total(), ids(beyond), beyond.total()));
        assertEquals(List.of(List.of(), 0L), List.of(ids(page(ListScope.only(List.of()), 1, 10)),
                page(ListScope.only(List.of()), 1, 10).total()));
    }

    @Test
    public void the_whole_partnership_sees_every_childs_contacts() {
        long before = page(ListScope.everyChild(), 1, 1).total();
        added(aChild(), "2025-05-01T09:00:00Z");
        added(aChild(), "2025-05-01T10:00:00Z");
        decided(added(aChild(), "2025-05-01T11:00:00Z"));
        assertEquals(before + 2, page(ListScope.everyChild(), 1, 1).total());
    }

    @Test
    public void the_queue_is_counted_per_team_by_name_the_children_with_none_last_and_overdue_before_the_day() {
        ChildId east1 = aChild();
        ChildId east2 = aChild();
        ChildId west = aChild();
        ChildId none = aChild();
        ChildId idle = aChild();
        added(east1, "2025-03-03T09:00:00Z"); // due Tuesday 4th: overdue on Wednesday
        added(east2, "2025-03-04T09:00:00Z"); // due Wednesday 5th: due that day, not overdue
        added(east2, "2025-03-06T09:00:00Z"); // due Friday 7th
        decided(added(east1, "2025-03-03T10:00:00Z")); // decided: not counted
        added(west, "2025-03-03T11:00:00Z"); // due Tuesday 4th: overdue on Wednesday, not on Tuesday
        added(none, "2025-03-03T09:00:00Z"); // overdue
        ChildTeams teams = new ChildTeams(Map.of(east1.value(), "East", east2.value(), "East", west.value(), "West",
                idle.value(), "Idle"));

        assertEquals(List.of(new TeamCount("East", 3, 1), new TeamCount("West", 1, 1), new TeamCount(null, 1, 1)),
                inUnitOfWork(() -> queue().countsByTeam(ListScope.only(List.of(east1, east2, west, none, idle)), teams,
                        LocalDate.of(2025, 3, 5))));
        assertEquals(List.of(new TeamCount("West", 1, 0)), inUnitOfWork(() -> queue().countsByTeam(
                ListScope.only(List.of(west)), teams, LocalDate.of(2025, 3, 4))));
    }

    @Test
    public void a_unit_of_work_reads_the_contacts_it_added_itself() {
        ChildId child = aChild();
        Contact contact = received(child, "2025-06-02T09:00:00Z");
        Page<Contact> read = inUnitOfWork(() -> {
            contacts().add(contact);
            return queue().soonestDueFirst(ListScope.only(List.of(child)), new Slice(1, 10));
        });
        assertEquals(List.of(contact.id()), ids(read));
    }
}
