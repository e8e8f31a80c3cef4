package org.cypf.socialcare.frontdoor.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.FamilyMember;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every store of the front door's contacts must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same contacts runs it too.
 *
 * <p>The promises: a contact added is read back whole, its family members in the order named, and an id that names
 * none finds nothing; a second contact under an id already held is refused with {@link Conflict}, leaving the first; a
 * child's contacts are read a page at a time, earliest received first, with the child's total; a decision is stored only from the version it was made from, one from a stale version refused
 * with {@link StaleVersion} and storing nothing; the contacts received between two days, both included, in the order
 * received; the contacts that may stand in breach at the end of a day (undecided and due, decided late since the
 * lookback; one decided after the day counts as undecided on it), listed in the order received, and paged within a list
 * scope in the order breaches are listed with the total; what a unit of work added is gone when it rolls back; two
 * decisions made at once from one version store one and refuse the other, and two contacts added at once under one id
 * store one and refuse the other with {@link Conflict}. Each test works on children of its own, and
 * asks about days in a year of its own.
 */
public abstract class ContactsContract {
    private static final Instant NOW = Instant.parse("2026-01-05T12:00:00Z");
    private static final CinCensusCodes CODES = CinCensusCodes.standard();

    protected abstract Contacts contacts();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores a child the store knows and gives its id. */
    protected abstract ChildId aChild();

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    /** A contact about {@code child} received at {@code at} (an instant, UTC). */
    private static Contact received(ChildId child, String at) {
        return received(UUID.randomUUID(), child, at);
    }

    private static Contact received(UUID id, ChildId child, String at) {
        return Contact.record(id, child, new Contact.Received(Instant.parse(at), "6", "A teacher",
                "Hill School", "bruises seen on arrival", List.of(new FamilyMember("Sam Smith", "mother"),
                        new FamilyMember("Jo Smith", null))), NOW, CODES).after();
    }

    private Contact added(ChildId child, String at) {
        Contact contact = received(child, at);
        inUnitOfWork(() -> contacts().add(contact));
        return contact;
    }

    private static Contact decided(Contact contact, String at, String decision) {
        return contact.decide(decision, Instant.parse(at), "duty worker", "no role for social care", NOW, null).after();
    }

    private Contact decidedAndStored(Contact contact, String at) {
        Contact after = decided(contact, at, "INFORMATION_AND_ADVICE");
        inUnitOfWork(() -> contacts().update(after, contact.version()));
        return after;
    }

    private Optional<Contact> find(UUID id) {
        return inUnitOfWork(() -> contacts().find(id));
    }

    private static List<UUID> ids(List<Contact> contacts) {
        return contacts.stream().map(Contact::id).toList();
    }

    private static List<Object> whole(Contact c) {
        return java.util.Arrays.asList(c.id(), c.childId(), c.receivedAt(), c.source(), c.referrerName(),
                c.referrerOrganisation(), c.worry(), c.familyMembers(), c.decision(), c.decidedAt(), c.decidedBy(),
                c.decisionNote(), c.referralId(), c.version());
    }

    @Test
    public void a_contact_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        Contact contact = added(aChild(), "2025-03-04T09:15:30Z");
        assertEquals(whole(contact), whole(find(contact.id()).orElseThrow()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_second_contact_under_an_id_already_held_is_refused_leaving_the_first() {
        Contact first = added(aChild(), "2025-03-04T09:15:30Z");
        Contact again = received(first.id(), aChild(), "2025-03-05T10:00:00Z");
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> contacts().add(again)));
        assertEquals(whole(first), whole(find(first.id()).orElseThrow()));
        assertEquals(0L, inUnitOfWork(() -> contacts().ofChild(again.childId(), new Slice(1, 10))).total());
    }

    @Test
    public void a_childs_contacts_are_read_a_page_at_a_time_earliest_received_first_with_the_childs_total() {
        ChildId child = aChild();
        Contact second = added(child, "2025-05-01T10:00:00Z");
        Contact third = added(child, "2025-06-01T10:00:00Z");
        Contact first = added(child, "2025-04-01T10:00:00Z");
        added(aChild(), "2025-04-15T10:00:00Z"); // another child's

        Page<Contact> page1 = inUnitOfWork(() -> contacts().ofChild(child, new Slice(1, 2)));
        Page<Contact> page2 = inUnitOfWork(() -> contacts().ofChild(child, new Slice(2, 2)));
        Page<Contact> beyond = inUnitOfWork(() -> contacts().ofChild(child, new Slice(3, 2)));
        assertEquals(List.of(List.of(first.id(), second.id()), 3L, List.of(third.id()), 3L, List.of(), 3L),
                List.of(ids(page1.items()), page1.total(), ids(page2.items()), page2.total(), ids(beyond.items()),
                        beyond.total()));
        assertEquals(whole(first), whole(page1.items().getFirst()));
        assertEquals(0L, inUnitOfWork(() -> contacts().ofChild(aChild(), new Slice(1, 10))).total());
    }

    @Test
    public void a_decision_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        Contact contact = added(aChild(), "2025-03-04T09:15:30Z");
        Contact after = decidedAndStored(contact, "2025-03-04T15:00:00Z");
        assertEquals(whole(after), whole(find(contact.id()).orElseThrow()));

        Contact stale = decided(contact, "2025-03-05T10:00:00Z", "NO_FURTHER_ACTION");
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> contacts().update(stale, contact.version())));
        assertEquals(whole(after), whole(find(contact.id()).orElseThrow()));
    }

    @Test
    public void the_contacts_received_between_two_days_both_included_in_the_order_received() {
        ChildId child = aChild();
        added(child, "2006-03-31T22:00:00Z");
        Contact firstDay = added(aChild(), "2006-04-01T00:30:00Z"); // 01:30 in England, BST
        Contact middle = added(child, "2006-06-01T12:00:00Z");
        Contact lastDayLater = added(aChild(), "2006-06-30T18:00:00Z");
        Contact lastDay = added(child, "2006-06-30T08:00:00Z");
        added(child, "2006-06-30T23:30:00Z"); // 00:30 on 1 July in England
        assertEquals(List.of(firstDay.id(), middle.id(), lastDay.id(), lastDayLater.id()), ids(inUnitOfWork(
                () -> contacts().receivedBetween(LocalDate.of(2006, 4, 1), LocalDate.of(2006, 6, 30)))));
    }

    @Test
    public void the_contacts_that_may_stand_in_breach_at_the_end_of_a_day_are_listed_and_paged_within_a_scope() {
        // Every contact here is received in 2005 and those undecided are due by the day: no other test's counts.
        LocalDate thursday = LocalDate.of(2005, 3, 10);
        LocalDate since = LocalDate.of(2005, 3, 1);
        ChildId a = aChild();
        ChildId b = aChild();
        Contact undecided = added(a, "2005-03-07T09:00:00Z"); // due Tuesday 8th
        Contact decidedAfterTheDay = added(b, "2005-03-07T11:00:00Z");
        decidedAndStored(decidedAfterTheDay, "2005-03-11T10:00:00Z");
        Contact decidedLate = added(a, "2005-03-08T10:00:00Z"); // due Wednesday 9th, decided Thursday
        decidedAndStored(decidedLate, "2005-03-10T10:00:00Z");
        Contact dueThatDay = added(b, "2005-03-09T10:00:00Z"); // due Thursday 10th
        decidedAndStored(added(a, "2005-03-07T10:00:00Z"), "2005-03-08T10:00:00Z"); // in time
        added(b, "2005-03-11T10:00:00Z"); // received after the day
        decidedAndStored(added(a, "2005-02-07T10:00:00Z"), "2005-02-20T10:00:00Z"); // late, before the lookback

        List<UUID> inBreach = List.of(undecided.id(), decidedAfterTheDay.id(), decidedLate.id(), dueThatDay.id());
        assertEquals(inBreach, ids(inUnitOfWork(() -> contacts().breachCandidates(thursday, since))));
        Page<Contact> first = inUnitOfWork(() -> contacts().breachCandidates(thursday, since, ListScope.everyChild(),
                new Slice(1, 3)));
        Page<Contact> rest = inUnitOfWork(() -> contacts().breachCandidates(thursday, since, ListScope.everyChild(),
                new Slice(2, 3)));
        Page<Contact> scoped = inUnitOfWork(() -> contacts().breachCandidates(thursday, since,
                ListScope.only(List.of(b)), new Slice(1, 10)));
        assertEquals(List.of(inBreach.subList(0, 3), 4L, inBreach.subList(3, 4), 4L,
                        List.of(decidedAfterTheDay.id(), dueThatDay.id()), 2L),
                List.of(ids(first.items()), first.total(), ids(rest.items()), rest.total(), ids(scoped.items()),
                        scoped.total()));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Contact contact = received(aChild(), "2025-03-04T09:15:30Z");
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            contacts().add(contact);
            throw new IllegalStateException("the use case failed after adding the contact");
        }));
        assertEquals(Optional.empty(), find(contact.id()));
        inUnitOfWork(() -> contacts().add(contact)); // nothing of it left to collide with
        assertEquals(whole(contact), whole(find(contact.id()).orElseThrow()));
    }

    @Test
    public void two_decisions_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        Contact contact = added(aChild(), "2025-03-04T09:15:30Z");
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String decision : List.of("NO_FURTHER_ACTION", "INFORMATION_AND_ADVICE")) {
            Contact after = decided(contact, "2025-03-04T15:00:00Z", decision);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> contacts().update(after, contact.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(contact.version() + 1, find(contact.id()).orElseThrow().version());
    }

    @Test
    public void two_contacts_added_at_once_under_one_id_store_one_and_refuse_the_other() throws Exception {
        UUID id = UUID.randomUUID();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (String at : List.of("2025-03-04T09:00:00Z", "2025-03-04T09:00:01Z")) {
            Contact contact = received(id, aChild(), at);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> contacts().add(contact));
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(adds)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, find(id).orElseThrow().familyMembers().size());
    }
}
