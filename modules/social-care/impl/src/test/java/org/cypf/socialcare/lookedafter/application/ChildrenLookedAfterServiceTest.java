package org.cypf.socialcare.lookedafter.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.UPN;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The looked-after use cases through {@code SocialCareContext} on PostgreSQL, with governance's real access port:
 * what is stored, what is published to the outbox and what is audited, and that a refusal leaves nothing behind.
 * Each test uses its own local child ids; counts of the shared outbox and audit are compared before and after.
 */
class ChildrenLookedAfterServiceTest {
    private static final LocalDate BORN = of(2014, 2, 3);
    private static SocialCareFixture f;
    private static ChildrenLookedAfter lookedAfter;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("looked after service", 20_000);
        lookedAfter = f.context.childrenLookedAfter();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static long children(String localChildId) {
        return f.count("select count(*) from social_care.child where la_child_id = ?", localChildId);
    }

    private static long periods(String localChildId) {
        return f.count("select count(*) from social_care.period_of_care p join social_care.child c using (child_id)"
                + " where c.la_child_id = ?", localChildId);
    }

    private static List<Record> audit(String childId) {
        return f.rows("select * from governance.child_record_access where child_id = ?::uuid order by access_id", childId);
    }

    private static List<Record> outbox(String aggregateId) {
        return f.rows("select event_name, source_context, aggregate_id, payload::text as payload from platform.outbox"
                + " where aggregate_id = ? order by position", aggregateId);
    }

    @Test
    void starting_care_stores_the_child_period_and_episode_and_returns_the_view() {
        PeriodOfCareView view = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S100", BORN, of(2025, 4, 7)));

        assertEquals("S100", view.localChildId());
        assertEquals(BORN, view.dateOfBirth());
        assertEquals(of(2025, 4, 7), view.startDate());
        assertNull(view.endDate());
        assertEquals(0, view.version());
        assertEquals(1, view.episodes().size());
        var episode = view.episodes().getFirst();
        assertEquals("S", episode.reasonForNewEpisode());
        assertEquals("C2", episode.legalStatus());
        assertEquals("U6", episode.placementType());
        assertEquals("ST4 1HH", episode.placementPostcode());

        Record child = f.rows("select * from social_care.child where la_child_id = 'S100'").getFirst();
        assertEquals(view.childId(), child.get("child_id").toString());
        assertEquals(UPN, child.get("upn"));
        assertEquals("2", child.get("sex"));
        Record period = f.rows("select * from social_care.period_of_care where period_id = ?", view.periodId()).getFirst();
        assertEquals(view.childId(), period.get("child_id").toString());
        assertEquals(of(2025, 4, 7), period.get("start_date", LocalDate.class));
        assertNull(period.get("end_date"));
        Record stored = f.rows("select * from social_care.episode where period_id = ?", view.periodId()).getFirst();
        assertEquals("N1", stored.get("category_of_need"));
        assertEquals("PR1", stored.get("placement_provider"));
        assertEquals("ST5 2AB", stored.get("home_postcode"));
        assertEquals("SC123456", stored.get("placement_urn"));

        assertEquals(view, lookedAfter.periodOfCare(SOCIAL_WORKER, view.periodId()), "what is read back is what was returned");
    }

    @Test
    void starting_care_publishes_exactly_one_child_entered_care_event() {
        PeriodOfCareView view = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S101", BORN, of(2025, 4, 8)));

        List<Record> events = outbox(view.childId());
        assertEquals(1, events.size());
        Record event = events.getFirst();
        assertEquals("social-care.child-entered-care", event.get("event_name"));
        assertEquals("social-care", event.get("source_context"));
        JsonNode payload = json(event.get("payload", String.class));
        assertEquals(view.childId(), payload.get("childId").asText());
        assertEquals(view.periodId().toString(), payload.get("periodId").asText());
        assertEquals("2025-04-08", payload.get("startDate").asText());
        assertEquals("2014-02-03", payload.get("dateOfBirth").asText());
        assertEquals(UPN, payload.get("upn").asText());
        assertEquals("C2", payload.get("legalStatus").asText());
        assertEquals("U6", payload.get("placementType").asText());
    }

    @Test
    void starting_care_audits_one_permitted_create_in_the_same_transaction_as_the_change_and_its_event() {
        var caller = new Caller("sw.smith", "council", "social-worker", null);
        PeriodOfCareView view = lookedAfter.startToBeLookedAfter(caller, startCommand("S102", BORN, of(2025, 4, 9)));

        List<Record> audit = audit(view.childId());
        assertEquals(1, audit.size());
        Record row = audit.getFirst();
        assertEquals("sw.smith", row.get("user_id"));
        assertEquals("council", row.get("organisation"));
        assertEquals("social-worker", row.get("role"));
        assertEquals("social-care", row.get("context"));
        assertEquals("period-of-care", row.get("record_type"));
        assertEquals("CREATE", row.get("action"));
        assertEquals("PERMITTED", row.get("decision"));
        assertEquals("PARTNER-ORGANISATION", row.get("rule"));
        assertEquals("recording that a child starts to be looked after", row.get("purpose"));

        // xmin is the id of the transaction that wrote the row: one transaction wrote all four.
        Set<String> writers = Set.copyOf(f.rows("""
                select xmin::text as tx from social_care.child where child_id = ?::uuid
                union all select xmin::text from social_care.period_of_care where period_id = ?
                union all select xmin::text from social_care.episode where period_id = ?
                union all select xmin::text from platform.outbox where aggregate_id = ?
                union all select xmin::text from governance.child_record_access where child_id = ?::uuid
                """, view.childId(), view.periodId(), view.periodId(), view.childId(), view.childId())
                .getValues("tx", String.class));
        assertEquals(1, writers.size(), "child, period, episode, event and audit commit together");
    }

    @Test
    void a_start_that_fails_after_publishing_leaves_no_child_period_event_or_audit() {
        long outbox = f.outboxRows();
        long audit = f.auditRows();
        // The use case joins the caller's unit of work on the same database; the outer change then fails.
        assertThrows(IllegalStateException.class, () -> f.socialCareDb.run(() -> {
            lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S103", BORN, of(2025, 4, 9)));
            throw new IllegalStateException("a later step of the same change fails");
        }));

        assertEquals(0, children("S103"));
        assertEquals(0, periods("S103"));
        assertEquals(outbox, f.outboxRows());
        assertEquals(audit, f.auditRows());
    }

    @Test
    void a_start_breaking_a_domain_rule_stores_nothing_and_names_the_fields() {
        long outbox = f.outboxRows();
        long audit = f.auditRows();
        // K3 (supported accommodation) exists only from 2024-25; X9 is no legal status at all.
        var e = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S104", BORN, of(2024, 3, 31), "X9", "K3")));

        assertEquals(List.of("legalStatus", "placement.placementType"),
                e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, children("S104"));
        assertEquals(0, periods("S104"));
        assertEquals(outbox, f.outboxRows(), "no event");
        assertEquals(audit, f.auditRows(), "the permitted access rolled back with the change");
    }

    @Test
    void a_childs_details_are_checked_before_anything_is_touched() {
        long audit = f.auditRows();
        var e = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S-105!", SocialCareFixture.TODAY.plusDays(1), SocialCareFixture.TODAY)));
        assertEquals(List.of("child.localChildId", "child.dateOfBirth"),
                e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(audit, f.auditRows());
    }

    @Test
    void a_caller_from_outside_the_partnership_is_denied_stores_nothing_but_the_denial_is_audited() {
        long outbox = f.outboxRows();
        var e = assertThrows(AccessDenied.class,
                () -> lookedAfter.startToBeLookedAfter(OUTSIDER, startCommand("S106", BORN, of(2025, 4, 9))));

        assertTrue(e.getMessage().contains("NOT-A-PARTNER"));
        assertFalse(e.getMessage().contains("S106"), "the refusal does not name the child");
        assertEquals(0, children("S106"));
        assertEquals(0, periods("S106"));
        assertEquals(outbox, f.outboxRows());
        List<Record> denials = f.rows("select * from governance.child_record_access where organisation = 'rogue-agency'"
                + " and action = 'CREATE'");
        assertEquals(1, denials.size());
        Record denial = denials.getFirst();
        assertEquals("DENIED", denial.get("decision"));
        assertEquals("NOT-A-PARTNER", denial.get("rule"));
        assertEquals("j.bloggs", denial.get("user_id"));
        assertEquals("social-care", denial.get("context"));
    }

    @Test
    void a_child_already_looked_after_cannot_start_again_until_the_period_ends() {
        PeriodOfCareView first = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S107", BORN, of(2025, 1, 6)));
        long outbox = f.outboxRows();
        long audit = f.auditRows();

        assertThrows(Conflict.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S107", BORN, of(2025, 5, 1))));
        assertEquals(1, periods("S107"));
        assertEquals(outbox, f.outboxRows());
        assertEquals(audit, f.auditRows());

        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(first.periodId(), of(2025, 3, 1), "E4A", 0));
        PeriodOfCareView second = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S107", BORN, of(2025, 5, 1)));
        assertEquals(first.childId(), second.childId(), "the child known to social care is the same child");
        assertNotEquals(first.periodId(), second.periodId());
        assertEquals(1, children("S107"));
        assertEquals(2, periods("S107"));
    }

    @Test
    void a_new_period_may_not_start_before_the_previous_one_ended() {
        PeriodOfCareView first = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S113", BORN, of(2025, 1, 6)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(first.periodId(), of(2025, 3, 1), "E4A", 0));

        // Back-dated into the ended period, the child would be looked after twice at once (and counted twice).
        var e = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S113", BORN, of(2025, 2, 1))));
        assertEquals(List.of("startDate"), e.violations().stream().map(FieldViolation::field).toList());
        assertTrue(e.violations().getFirst().reason().contains("2025-03-01"));
        assertEquals(1, periods("S113"));

        // Back the same day it ended: the DfE's rule 431 wants a new period to start after the last one ended.
        var sameDay = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S113", BORN, of(2025, 3, 1))));
        assertTrue(sameDay.violations().getFirst().reason().contains("DfE rule 431"), sameDay.getMessage());
        assertEquals(1, periods("S113"));

        // Back the next day: the child is in the new period only.
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S113", BORN, of(2025, 3, 2)));
        assertEquals(2, periods("S113"));
        assertEquals(1, f.count("select count(*) from social_care.period_of_care p join social_care.child c using (child_id)"
                + " where c.la_child_id = 'S113' and p.start_date <= '2025-03-02'"
                + " and (p.end_date is null or p.end_date > '2025-03-02')"));
    }

    @Test
    void a_command_with_missing_values_is_refused_by_field_not_with_a_fault() {
        long audit = f.auditRows();
        // The child's details are checked first, before the child is looked up ...
        var noChild = new StartToBeLookedAfter(new ChildDetails(null, null, null, null, null), null, null, null, null, null);
        var e = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, noChild));
        assertEquals(List.of("child.localChildId", "child.dateOfBirth", "child.sex"),
                e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(List.of("child"), assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                new StartToBeLookedAfter(null, of(2025, 1, 6), "C2", "N1", null, null))).violations().stream()
                .map(FieldViolation::field).toList());
        // ... then the episode's, all at once.
        var noEpisode = new StartToBeLookedAfter(new ChildDetails("S115", null, null, BORN, "1"), null, null, null, null, null);
        var episode = assertThrows(InvalidInput.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, noEpisode));
        assertEquals(List.of("startDate", "legalStatus", "categoryOfNeed", "placement.placementType", "placement.provider"),
                episode.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, children("S115"));
        assertEquals(audit, f.auditRows());

        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S114", BORN, of(2025, 1, 6)));
        var end = assertThrows(InvalidInput.class, () -> lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(started.periodId(), null, null, 0)));
        assertEquals(List.of("endDate", "reasonCeased"), end.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void a_different_child_under_the_same_local_child_id_is_a_conflict() {
        lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S108", BORN, of(2025, 1, 6)));
        long audit = f.auditRows();

        var e = assertThrows(Conflict.class, () -> lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("S108", BORN.plusYears(1), of(2025, 1, 6))));
        assertTrue(e.getMessage().contains("different child"));
        assertEquals(1, children("S108"));
        assertEquals(1, periods("S108"));
        assertEquals(audit, f.auditRows());
    }

    @Test
    void ending_care_stores_the_end_bumps_the_version_audits_an_update_and_publishes_child_left_care() {
        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S109", BORN, of(2025, 1, 6)));

        PeriodOfCareView ended = lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(started.periodId(), of(2025, 6, 2), "E4A", started.version()));

        assertEquals(of(2025, 6, 2), ended.endDate());
        assertEquals("E4A", ended.reasonCeased());
        assertEquals(1, ended.version());
        assertEquals(of(2025, 6, 2), ended.episodes().getFirst().endDate());
        assertEquals(ended, lookedAfter.periodOfCare(SOCIAL_WORKER, started.periodId()), "the stored period agrees");
        Record episode = f.rows("select * from social_care.episode where period_id = ?", started.periodId()).getFirst();
        assertEquals("E4A", episode.get("reason_ceased"));
        assertEquals(1, f.count("select count(*) from social_care.episode where period_id = ?", started.periodId()),
                "the episode is updated, not duplicated");

        List<Record> events = outbox(started.childId());
        assertEquals(List.of("social-care.child-entered-care", "social-care.child-left-care"),
                events.stream().map(r -> r.get("event_name", String.class)).toList());
        JsonNode left = json(events.getLast().get("payload", String.class));
        assertEquals(started.periodId().toString(), left.get("periodId").asText());
        assertEquals("2025-06-02", left.get("endDate").asText());
        assertEquals("E4A", left.get("reasonCeased").asText());

        assertEquals(List.of("CREATE", "UPDATE", "READ"),
                audit(started.childId()).stream().map(r -> r.get("action", String.class)).toList());
    }

    @Test
    void ending_with_a_stale_version_changes_nothing() {
        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S110", BORN, of(2025, 1, 6)));
        long outbox = f.outboxRows();
        long audit = f.auditRows();

        assertThrows(StaleVersion.class, () -> lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(started.periodId(), of(2025, 6, 2), "E4A", started.version() + 1)));

        Record period = f.rows("select * from social_care.period_of_care where period_id = ?", started.periodId()).getFirst();
        assertNull(period.get("end_date"));
        assertEquals(0L, period.get("version", Long.class));
        assertEquals(1, f.count("select count(*) from social_care.episode where period_id = ? and end_date is null",
                started.periodId()));
        assertEquals(outbox, f.outboxRows());
        assertEquals(audit, f.auditRows());
    }

    @Test
    void ending_twice_is_a_conflict_and_ending_against_rules_names_the_fields() {
        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S111", BORN, of(2025, 1, 6)));
        var bad = assertThrows(InvalidInput.class, () -> lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(started.periodId(), of(2025, 1, 5), "X1", 0)));
        assertEquals(List.of("endDate", "reasonCeased"), bad.violations().stream().map(FieldViolation::field).toList());

        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(started.periodId(), of(2025, 2, 1), "E11", 0));
        long outbox = f.outboxRows();
        assertThrows(Conflict.class, () -> lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(started.periodId(), of(2025, 3, 1), "E4A", 1)));
        assertEquals(outbox, f.outboxRows());
    }

    @Test
    void an_outsider_may_not_end_or_read_a_period_and_each_refusal_is_audited() {
        PeriodOfCareView started = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("S112", BORN, of(2025, 1, 6)));

        assertThrows(AccessDenied.class, () -> lookedAfter.endPeriodOfCare(OUTSIDER,
                new EndPeriodOfCare(started.periodId(), of(2025, 6, 2), "E4A", 0)));
        assertThrows(AccessDenied.class, () -> lookedAfter.periodOfCare(OUTSIDER, started.periodId()));

        assertNull(f.rows("select end_date from social_care.period_of_care where period_id = ?", started.periodId())
                .getFirst().get("end_date"));
        assertEquals(List.of("CREATE PERMITTED", "UPDATE DENIED", "READ DENIED"), audit(started.childId()).stream()
                .map(r -> r.get("action") + " " + r.get("decision")).toList());
    }

    @Test
    void an_unknown_period_is_not_found() {
        assertThrows(NotFound.class, () -> lookedAfter.periodOfCare(SOCIAL_WORKER, UUID.randomUUID()));
        assertThrows(NotFound.class, () -> lookedAfter.endPeriodOfCare(SOCIAL_WORKER,
                new EndPeriodOfCare(UUID.randomUUID(), of(2025, 6, 2), "E4A", 0)));
    }

    @Test
    void looked_after_on_a_date_lists_the_children_counted_and_audits_one_list_row_each() {
        // In 2016, so that no other test's children are looked after on the date.
        LocalDate date = of(2016, 6, 30);
        PeriodOfCareView fostered = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("L1", of(2010, 1, 1), of(2016, 1, 10)));
        PeriodOfCareView fromTheDate = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("L2", of(2010, 1, 1), date, "V2", "K2"));
        PeriodOfCareView wentHome = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("L3", of(2010, 1, 1), of(2016, 1, 1)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(wentHome.periodId(), date, "E4A", 0));
        PeriodOfCareView shortBreaks = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("L4", of(2010, 1, 1), of(2016, 3, 1), "V3", "U6"));
        long audit = f.auditRows();

        List<PeriodOfCareView> listed = lookedAfter.lookedAfterOn(SOCIAL_WORKER, date);

        assertEquals(List.of("L1", "L2"), listed.stream().map(PeriodOfCareView::localChildId).toList());
        assertEquals(audit + 2, f.auditRows());
        for (PeriodOfCareView child : List.of(fostered, fromTheDate)) {
            Record row = audit(child.childId()).getLast();
            assertEquals("LIST", row.get("action"));
            assertEquals("PERMITTED", row.get("decision"));
            assertEquals("listing children looked after on a date", row.get("purpose"));
        }
        assertEquals("CREATE", audit(shortBreaks.childId()).getLast().get("action"), "short breaks are not listed");

        assertEquals(List.of(), lookedAfter.lookedAfterOn(SOCIAL_WORKER, of(2015, 12, 31)));
        assertEquals(audit + 2, f.auditRows(), "an empty list discloses no child and audits nothing");
    }

    @Test
    void an_outsider_asking_for_the_list_is_denied_before_it_is_read_and_the_refusal_is_audited_naming_no_child() {
        LocalDate date = of(2017, 6, 30);
        PeriodOfCareView child = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER,
                startCommand("L5", of(2010, 1, 1), of(2017, 6, 1)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(child.periodId(), of(2017, 7, 1), "E13", 0));

        int childsRows = audit(child.childId()).size();
        long rows = f.auditRows();

        assertThrows(AccessDenied.class, () -> lookedAfter.lookedAfterOn(OUTSIDER, date));
        // Refused for the record type before the list is read (ADR 0033): one refusal, naming none of its children.
        assertEquals(rows + 1, f.auditRows());
        assertEquals(childsRows, audit(child.childId()).size(), "the refusal names no child of the list");
    }
}
