package org.cypf.socialcare.frontdoor.application;

import static org.cypf.socialcare.Casework.at;
import static org.cypf.socialcare.Casework.contact;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.Casework;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.assessment.ReferralView;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FamilyMember;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front door's use cases on PostgreSQL with governance's access contract: what is stored, audited and published,
 * and that a refusal leaves nothing behind. Each test uses its own local child ids.
 */
class FrontDoorServiceTest {
    private static SocialCareFixture f;
    private static FrontDoor frontDoor;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("front door service", 20_000);
        frontDoor = f.context.frontDoor();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<Record> audit(String childId) {
        return f.rows("select * from governance.child_record_access where child_id = ?::uuid order by access_id", childId);
    }

    private static List<Record> outbox(String childId) {
        return f.rows("select event_name, payload::text as payload from platform.outbox where aggregate_id = ? order by position",
                childId);
    }

    private static long contacts(String localChildId) {
        return f.count("select count(*) from social_care.contact c join social_care.child using (child_id) where la_child_id = ?",
                localChildId);
    }

    private static DecideContact decision(ContactView c, String decision, String at) {
        return new DecideContact(c.contactId(), decision, at(at), "discussed with the school", c.version());
    }

    @Test
    void recording_a_contact_stores_the_child_the_contact_and_its_family_and_audits_the_creation() {
        ContactView view = frontDoor.recordContact(SOCIAL_WORKER, contact("F100", "2025-06-27T16:45"));

        assertEquals("F100", view.localChildId());
        assertEquals(LocalDate.of(2025, 6, 27), view.receivedOn());
        assertEquals(LocalDate.of(2025, 6, 30), view.decisionDueOn(), "Friday's contact is due on Monday");
        assertEquals("2A", view.source());
        assertEquals(List.of(new FamilyMember("Sam Jones", "father"), new FamilyMember("Amy Jones", "mother")),
                view.familyMembers());
        assertNull(view.decision());
        assertNull(view.decidedWithinTimescale());
        assertEquals(view, frontDoor.contact(SOCIAL_WORKER, view.contactId()), "reads back the same");
        assertEquals(2, f.count("select count(*) from social_care.contact_family_member where contact_id = ?",
                view.contactId()));

        List<Record> audit = audit(view.childId());
        assertEquals(List.of("CREATE", "READ"), audit.stream().map(r -> r.get("action", String.class)).toList());
        assertEquals("contact", audit.getFirst().get("record_type", String.class));
        assertEquals("PERMITTED", audit.getFirst().get("decision", String.class));
    }

    @Test
    void a_second_contact_about_a_known_child_reuses_the_child_and_a_different_child_under_the_id_is_refused() {
        ContactView first = frontDoor.recordContact(SOCIAL_WORKER, contact("F101", "2025-06-02T09:00"));
        ContactView second = frontDoor.recordContact(SOCIAL_WORKER, contact("F101", "2025-06-09T09:00"));
        assertEquals(first.childId(), second.childId());
        assertEquals(1, f.count("select count(*) from social_care.child where la_child_id = 'F101'"));

        RecordContact someoneElse = new RecordContact(new ChildDetails("F101", null, null, LocalDate.of(2019, 1, 1), "2"),
                at("2025-06-10T09:00"), "6", null, null, "worry", List.of());
        assertThrows(Conflict.class, () -> frontDoor.recordContact(SOCIAL_WORKER, someoneElse));
        assertEquals(2, contacts("F101"));
    }

    @Test
    void a_caller_outside_the_partnership_is_refused_and_nothing_is_stored() {
        long denied = f.count("select count(*) from governance.child_record_access where decision = 'DENIED'");
        assertThrows(AccessDenied.class, () -> frontDoor.recordContact(OUTSIDER, contact("F102", "2025-06-02T09:00")));
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'F102'"));
        assertEquals(denied + 1, f.count("select count(*) from governance.child_record_access where decision = 'DENIED'"),
                "the refusal is audited");
    }

    @Test
    void a_contact_breaking_rules_is_refused_by_field_and_stores_nothing_not_even_the_child() {
        RecordContact bad = new RecordContact(Casework.child("F103"), at("2025-06-02T09:00"), "3Z", null, null, " ",
                List.of(new FamilyMember(null, "aunt")));
        var e = assertThrows(InvalidInput.class, () -> frontDoor.recordContact(SOCIAL_WORKER, bad));
        assertEquals(List.of("source", "worry", "familyMembers[0].name"),
                e.violations().stream().map(v -> v.field()).toList());
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'F103'"));
    }

    @Test
    void a_referral_decision_opens_a_referral_dated_the_day_of_the_decision_with_the_contacts_source() {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, contact("F104", "2025-06-02T09:00"));
        ContactView decided = frontDoor.decide(SOCIAL_WORKER, decision(c, "REFERRAL_FOR_ASSESSMENT", "2025-06-03T15:00"));

        assertEquals("REFERRAL_FOR_ASSESSMENT", decided.decision());
        assertEquals(Boolean.TRUE, decided.decidedWithinTimescale());
        assertEquals("sw.smith", decided.decidedBy());
        assertEquals(1, decided.version());
        assertNotNull(decided.referralId());
        ReferralView referral = f.context.referralsAndAssessments().referral(SOCIAL_WORKER, decided.referralId());
        assertEquals(LocalDate.of(2025, 6, 3), referral.referralDate());
        assertEquals("2A", referral.source());
        assertEquals(c.contactId(), referral.contactId());
        assertEquals(decided, frontDoor.contact(SOCIAL_WORKER, c.contactId()));
        assertEquals(List.of(), outbox(c.childId()), "only a step down is published");
    }

    @Test
    void stepping_down_to_early_help_publishes_the_contact_for_family_support() {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, contact("F105", "2025-06-02T09:00"));
        ContactView decided = frontDoor.decide(SOCIAL_WORKER, decision(c, "STEP_DOWN_TO_EARLY_HELP", "2025-06-02T16:00"));
        assertNull(decided.referralId());

        List<Record> events = outbox(c.childId());
        assertEquals(1, events.size());
        assertEquals("social-care.contact-stepped-down-to-early-help", events.getFirst().get("event_name", String.class));
        JsonNode payload = json(events.getFirst().get("payload", String.class));
        assertEquals(c.childId(), payload.get("childId").asText());
        assertEquals(c.contactId().toString(), payload.get("contactId").asText());
        assertEquals("2025-06-02", payload.get("decidedOn").asText());
        assertEquals("2015-03-10", payload.get("dateOfBirth").asText());
        assertEquals("2A", payload.get("referralSource").asText());
        assertTrue(payload.get("worry").asText().contains("bruise"));
        assertEquals("Amy Jones", payload.at("/familyMembers/1/name").asText());
    }

    @Test
    void a_stale_version_or_a_second_decision_changes_nothing() {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, contact("F106", "2025-06-02T09:00"));
        var stale = new DecideContact(c.contactId(), "NO_FURTHER_ACTION", at("2025-06-02T10:00"), null, 7);
        assertThrows(StaleVersion.class, () -> frontDoor.decide(SOCIAL_WORKER, stale));
        assertNull(frontDoor.contact(SOCIAL_WORKER, c.contactId()).decision());

        ContactView decided = frontDoor.decide(SOCIAL_WORKER, decision(c, "NO_FURTHER_ACTION", "2025-06-02T10:00"));
        var again = new DecideContact(c.contactId(), "STRATEGY_DISCUSSION", at("2025-06-02T11:00"), null, decided.version());
        assertThrows(Conflict.class, () -> frontDoor.decide(SOCIAL_WORKER, again));
        assertEquals(0, f.count("select count(*) from social_care.referral where contact_id = ?", c.contactId()));
    }

    @Test
    void a_decision_from_a_version_another_decision_replaced_is_stale_and_leaves_the_winner_alone() {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, contact("F108", "2025-06-02T09:00"));
        ContactView won = frontDoor.decide(SOCIAL_WORKER, decision(c, "STEP_DOWN_TO_EARLY_HELP", "2025-06-02T10:00"));
        assertEquals(c.version() + 1, won.version());

        // Read at the same version as the winner, decided after it: stale, whatever it decided.
        assertThrows(StaleVersion.class, () -> frontDoor.decide(SOCIAL_WORKER,
                decision(c, "REFERRAL_FOR_ASSESSMENT", "2025-06-02T11:00")));
        assertEquals(won, frontDoor.contact(SOCIAL_WORKER, c.contactId()));
        assertEquals(0, f.count("select count(*) from social_care.referral where contact_id = ?", c.contactId()),
                "the stale decision opened no referral");
        assertEquals(1, outbox(c.childId()).size(), "only the winner's step down is published");
    }

    @Test
    void a_decision_before_receipt_is_refused_and_opens_no_referral() {
        ContactView c = frontDoor.recordContact(SOCIAL_WORKER, contact("F107", "2025-06-02T09:00"));
        var e = assertThrows(InvalidInput.class, () -> frontDoor.decide(SOCIAL_WORKER,
                decision(c, "STRATEGY_DISCUSSION", "2025-06-02T08:59")));
        assertEquals("decidedAt", e.violations().getFirst().field());
        assertEquals(0, f.count("select count(*) from social_care.referral where contact_id = ?", c.contactId()));
    }

    @Test
    void a_childs_contacts_are_read_a_page_at_a_time_earliest_first_and_each_read_audited() {
        ContactView later = frontDoor.recordContact(SOCIAL_WORKER, contact("F110", "2025-06-09T09:00"));
        ContactView earlier = frontDoor.recordContact(SOCIAL_WORKER, contact("F110", "2025-06-02T09:00"));
        frontDoor.recordContact(SOCIAL_WORKER, contact("F111", "2025-06-01T09:00"));
        String child = later.childId();
        long reads = f.count("select count(*) from governance.child_record_access where child_id = ?::uuid"
                + " and purpose = 'reading the contacts about a child' and decision = 'PERMITTED'", child);

        var all = frontDoor.contactsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(1, 100));
        assertEquals(List.of(earlier.contactId(), later.contactId()),
                all.items().stream().map(ContactView::contactId).toList(), "only this child's, earliest received first");
        assertEquals(2, all.total());
        var second = frontDoor.contactsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(2, 1));
        assertEquals(List.of(later.contactId()), second.items().stream().map(ContactView::contactId).toList());
        assertEquals(2, second.total());
        assertEquals(reads + 2, f.count("select count(*) from governance.child_record_access where child_id = ?::uuid"
                + " and purpose = 'reading the contacts about a child' and decision = 'PERMITTED'", child),
                "each page read is one audited read of the child's record");

        InvalidInput tooMany = assertThrows(InvalidInput.class,
                () -> frontDoor.contactsOfChild(SOCIAL_WORKER, child, new org.cypf.kernel.page.Slice(1, 101)));
        assertEquals("size", tooMany.violations().getFirst().field());
        assertThrows(AccessDenied.class,
                () -> frontDoor.contactsOfChild(OUTSIDER, child, new org.cypf.kernel.page.Slice(1, 100)));
    }

    @Test
    void an_unknown_contact_is_not_found() {
        assertThrows(NotFound.class, () -> frontDoor.contact(SOCIAL_WORKER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> frontDoor.decide(SOCIAL_WORKER,
                new DecideContact(UUID.randomUUID(), "NO_FURTHER_ACTION", at("2025-06-02T10:00"), null, 0)));
    }
}
