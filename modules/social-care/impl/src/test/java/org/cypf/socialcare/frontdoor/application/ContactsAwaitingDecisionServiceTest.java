package org.cypf.socialcare.frontdoor.application;

import static org.cypf.socialcare.Casework.at;
import static org.cypf.socialcare.Casework.contact;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.PARTNER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.socialcare.SocialCareContext;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.frontdoor.ContactAwaitingDecision;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.ContactsAwaitingDecision;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contacts queue on PostgreSQL: every contact not yet decided (due or not), soonest decision due first, paged and
 * counted in the query, scoped to the children the caller may list, and each child on the page audited.
 */
class ContactsAwaitingDecisionServiceTest {
    private static final Caller OTHER_WORKER = new Caller("sw.jones", PARTNER, "social-worker", null);
    /** The children {@link #OTHER_WORKER} is involved with (the recording double knows no involvement of its own). */
    private static final Set<ChildId> OTHERS_CHILDREN = new HashSet<>();
    private static SocialCareFixture f;
    private static FrontDoor frontDoor;
    private static ContactsAwaitingDecision queue;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("contacts awaiting a decision", 20_000);
        frontDoor = f.context.frontDoor();
        queue = new SocialCareContext(f.socialCareDb, RecordingChildRecordAccess.forPartners(Set.of(PARTNER))
                .withAuditThrough(f.governanceDb).listingOnly(c -> c.userId().equals(OTHER_WORKER.userId())
                        ? ListScope.only(OTHERS_CHILDREN) : ListScope.everyChild()), 20_000, SocialCareFixture.CLOCK)
                .contactsAwaitingDecision();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void undecided_contacts_soonest_due_first_a_page_at_a_time_of_the_children_the_caller_may_list() {
        // Received on a Friday afternoon: due on Monday 30 June (today); on Monday: due Tuesday; an older one, overdue.
        ContactView friday = frontDoor.recordContact(SOCIAL_WORKER, contact("K100", "2025-06-27T16:45"));
        ContactView monday = frontDoor.recordContact(SOCIAL_WORKER, contact("K101", "2025-06-30T09:00"));
        ContactView overdue = frontDoor.recordContact(SOCIAL_WORKER, contact("K102", "2025-06-20T10:00"));
        ContactView decided = frontDoor.recordContact(SOCIAL_WORKER, contact("K103", "2025-06-19T10:00"));
        frontDoor.decide(SOCIAL_WORKER, new DecideContact(decided.contactId(), "NO_FURTHER_ACTION",
                at("2025-06-19T15:00"), null, decided.version()));

        var first = queue.contactsAwaitingDecision(SOCIAL_WORKER, new Slice(1, 2));
        assertEquals(3, first.total(), "the decided contact is not awaiting a decision; the one not yet due is");
        assertEquals(List.of("K102", "K100"), first.items().stream().map(ContactAwaitingDecision::localChildId).toList());
        assertEquals(overdue.contactId(), first.items().getFirst().contactId());
        assertEquals(LocalDate.of(2025, 6, 23), first.items().getFirst().decisionDueOn());
        assertEquals(0, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and record_type = 'contact'", monday.childId()), "a child on no page read is not");
        assertEquals(List.of(monday.contactId()), queue.contactsAwaitingDecision(SOCIAL_WORKER, new Slice(2, 2))
                .items().stream().map(ContactAwaitingDecision::contactId).toList());
        assertEquals(LocalDate.of(2025, 7, 1), monday.decisionDueOn());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and action = 'LIST' and record_type = 'contact'", friday.childId()), "the page's child, audited");

        OTHERS_CHILDREN.add(ChildId.parse(monday.childId()));
        var others = queue.contactsAwaitingDecision(OTHER_WORKER, new Slice(1, 10));
        assertEquals(1, others.total(), "only the children the caller may list, counted in the query");
        assertEquals(List.of(monday.contactId()), others.items().stream().map(ContactAwaitingDecision::contactId).toList());
        assertThrows(AccessDenied.class, () -> queue.contactsAwaitingDecision(OUTSIDER, new Slice(1, 10)));

        // Counted per team over the whole queue (ADR 0096): due on 23 June is overdue today, due today is not.
        var teams = new ChildTeams(Map.of(UUID.fromString(overdue.childId()), "Front door team",
                UUID.fromString(friday.childId()), "Front door team"));
        assertEquals(List.of(new TeamCount("Front door team", 2, 1), new TeamCount(null, 1, 0)),
                queue.countsByTeam(SOCIAL_WORKER, teams));
        assertEquals(List.of(new TeamCount(null, 1, 0)), queue.countsByTeam(OTHER_WORKER, teams),
                "only the children the caller may list are counted");
        assertThrows(AccessDenied.class, () -> queue.countsByTeam(OUTSIDER, teams));
        assertThrows(IllegalArgumentException.class, () -> queue.contactsAwaitingDecision(SOCIAL_WORKER,
                new Slice(1, ContactsAwaitingDecision.MAX_PAGE_SIZE + 1)));
    }
}
