package org.cypf.healthwellbeing.childrenincare.adapter.in.event;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.testing.AdminSql;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.RecordHealthCheck;
import org.cypf.healthwellbeing.api.query.ChildInCareHealthForYear;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A child entering care, through social care's outbox and the platform's dispatcher, to an on-time initial health
 * assessment and the OC2 answer social care's return asks for: on PostgreSQL, each context with its own role, every
 * access audited.
 */
class ChildEnteredCareSubscriberTest {
    private static final LocalDate BORN = of(2014, 2, 3);
    private static final Caller NURSE = new Caller("lac.nurse", "nhs", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);

    private AdminSql admin;
    private ContextDatabase socialCare;
    private ContextDatabase health;
    private ContextDatabase platform;
    private HealthWellbeingContext context;
    private EventDispatcher dispatcher;
    private final OutboxPublisher socialCareOutbox = new OutboxPublisher("social-care");

    @BeforeEach
    void setUp() {
        var target = TestDatabase.fresh("children in care health events");
        admin = new AdminSql(target);
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        socialCare = ContextDatabase.open(settings, "social_care", 2);
        health = ContextDatabase.open(settings, "health_wellbeing", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs", "council")).withAuditAsAdministrator(target);
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        dispatcher = new EventDispatcher(platform, context.subscriptions(),
                new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        socialCare.close();
        health.close();
        platform.close();
    }

    private UUID entersCare(ChildId child, LocalDate on) {
        UUID period = UUID.randomUUID();
        socialCare.run(() -> socialCareOutbox.publish(
                new ChildEnteredCare(child.toString(), period, on, BORN, null, "C2", "U4")));
        return period;
    }

    private void dispatchUntilIdle() {
        for (int poll = 0; poll < 20; poll++) {
            if (dispatcher.dispatchOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher never went idle");
    }

    private List<Map<String, Object>> records(ChildId child) {
        return admin.rows("""
                select period_id, date_of_birth, entered_care_on, iha_due_by, version
                  from health_wellbeing.care_health_record where child_id = ? order by entered_care_on""", child.value());
    }

    @Test
    void a_child_entering_care_has_the_initial_health_assessment_due_twenty_working_days_later() {
        ChildId child = ChildId.newId();
        UUID period = entersCare(child, of(2025, 4, 10));

        dispatchUntilIdle();

        Map<String, Object> record = records(child).getFirst();
        assertEquals(period, record.get("period_id"));
        assertEquals(BORN, record.get("date_of_birth"));
        assertEquals(of(2025, 5, 13), record.get("iha_due_by"), "Easter and the early May holiday skipped");
        assertEquals(List.of(Map.of("user_id", "health-wellbeing.children-in-care", "context", "health-wellbeing",
                "record_type", "child-in-care-health", "action", "CREATE", "decision", "PERMITTED")),
                admin.rows("""
                        select user_id, context, record_type, action, decision from governance.child_record_access
                         where child_id = ?""", child.value()));
    }

    @Test
    void delivering_the_same_entry_twice_opens_one_record() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2025, 4, 10));
        dispatchUntilIdle();

        admin.execute("""
                update platform.event_delivery set status = 'PENDING', completed_at = null, next_attempt_at = now()
                 where subscriber_id = ?""", ChildEnteredCareSubscriber.SUBSCRIBER);
        dispatchUntilIdle();

        assertEquals(1, records(child).size());
        assertEquals(2, admin.count("select attempts from platform.event_delivery where subscriber_id = ?",
                ChildEnteredCareSubscriber.SUBSCRIBER), "it was delivered a second time");
        assertEquals(1, admin.count("select count(*) from governance.child_record_access where child_id = ?",
                child.value()), "the inbox stopped the handler: no second access to the record");
    }

    @Test
    void a_second_time_in_care_opens_its_own_record() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2024, 1, 8));
        entersCare(child, of(2025, 6, 2));
        dispatchUntilIdle();

        List<CareHealthView> both = context.childrenInCareHealth().childRecords(NURSE, child.toString());
        assertEquals(List.of(of(2024, 1, 8), of(2025, 6, 2)), both.stream().map(CareHealthView::enteredCareOn).toList());
        assertEquals(of(2025, 6, 30), both.get(1).ihaDueBy());
    }

    @Test
    void a_child_entering_care_walks_to_an_on_time_iha_and_the_year_social_care_reports_in_oc2() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2024, 1, 8));
        dispatchUntilIdle();
        var health = context.childrenInCareHealth();
        CareHealthView opened = health.childRecords(NURSE, child.toString()).getFirst();
        assertEquals(of(2024, 2, 5), opened.ihaDueBy(), "20 working days from Monday 8 January 2024");

        CareHealthView assessed = health.recordCheck(NURSE,
                new RecordHealthCheck(opened.recordId(), "HEALTH_ASSESSMENT", of(2024, 2, 2), null, null, 0));
        assertEquals(true, assessed.initialAssessmentOnTime());
        assertEquals(of(2025, 2, 2), assessed.nextAssessmentDue(), "a child of 9: yearly");
        var view = assessed;
        view = health.recordCheck(NURSE, new RecordHealthCheck(view.recordId(), "HEALTH_ASSESSMENT", of(2025, 1, 30), null, null, view.version()));
        view = health.recordCheck(NURSE, new RecordHealthCheck(view.recordId(), "DENTAL_CHECK", of(2024, 9, 12), null, null, view.version()));
        view = health.recordCheck(NURSE, new RecordHealthCheck(view.recordId(), "IMMUNISATIONS", of(2024, 9, 12), null, true, view.version()));
        view = health.recordCheck(NURSE, new RecordHealthCheck(view.recordId(), "SDQ", of(2025, 2, 14), 17, null, view.version()));
        assertEquals(5, view.version());
        long stale = view.version() - 1;
        UUID id = view.recordId();
        assertThrows(StaleVersion.class, () -> health.recordCheck(NURSE,
                new RecordHealthCheck(id, "DENTAL_CHECK", of(2025, 3, 1), null, null, stale)));

        assertEquals(new ChildInCareHealthForYear(child.toString(), of(2025, 3, 31), 1, 1, 1, 17),
                context.childrenInCareHealthRecords().forYear(NURSE, child.toString(), of(2025, 3, 31)).orElseThrow());
        assertEquals(5, admin.count("""
                select count(*) from health_wellbeing.care_health_check c
                  join health_wellbeing.care_health_record r using (record_id) where r.child_id = ?""", child.value()));
        assertTrue(context.childrenInCareHealthRecords().forYear(NURSE, child.toString(), of(2023, 3, 31)).isEmpty(),
                "not yet in care by that year's end");
        assertEquals(2, admin.count("""
                select count(*) from governance.child_record_access where child_id = ? and action = 'READ'
                   and purpose = 'the SSDA903 return''s health of a child in care'""", child.value()),
                "each of the two questions was audited, even the one health had no answer to");
    }

    @Test
    void the_oc2_fields_health_records_are_published_for_the_cohort_at_once_and_each_refused_under_its_rule() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2024, 1, 8));
        dispatchUntilIdle();
        var health = context.childrenInCareHealth();
        CareHealthView view = health.childRecords(NURSE, child.toString()).getFirst();
        UUID id = view.recordId();
        long v = view.version();
        InvalidInput sdq1 = assertThrows(InvalidInput.class, () -> health.recordCheck(NURSE, new RecordHealthCheck(id,
                "SDQ_NOT_DONE", of(2024, 10, 1), null, null, "SDQ1", null, null, v)));
        assertTrue(sdq1.violations().getFirst().reason().contains("DfE rule 157"), "a child of 10 is of SDQ age");
        InvalidInput received = assertThrows(InvalidInput.class, () -> health.recordCheck(NURSE, new RecordHealthCheck(id,
                "SUBSTANCE_MISUSE", of(2024, 10, 1), null, null, null, null, null, v)));
        assertEquals("interventionReceived", received.violations().getFirst().field());
        assertTrue(received.violations().getFirst().reason().contains("DfE rule 192"));
        assertEquals("checkedOn", assertThrows(InvalidInput.class, () -> health.recordCheck(NURSE, new RecordHealthCheck(
                id, "DEVELOPMENT_CHECK", of(2024, 10, 1), null, true, v))).violations().getFirst().field(),
                "HEALTH_CHECK is asked of a child under 5");

        view = health.recordCheck(NURSE, new RecordHealthCheck(id, "SDQ_NOT_DONE", of(2024, 10, 1), null, null, "SDQ2",
                null, null, v));
        view = health.recordCheck(NURSE, new RecordHealthCheck(id, "SUBSTANCE_MISUSE", of(2024, 11, 1), null, null, null,
                false, true, view.version()));
        view = health.recordCheck(NURSE, new RecordHealthCheck(id, "DENTAL_CHECK", of(2024, 9, 12), null, null,
                view.version()));

        List<ChildInCareHealthForYear> year = context.childrenInCareHealthRecords().forChildren(NURSE,
                List.of(child.toString()), of(2025, 3, 31));
        assertEquals(List.of(new ChildInCareHealthForYear(child.toString(), of(2025, 3, 31), 0, 1, 0, null, "SDQ2", null,
                1, 0, 1)), year);
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access where child_id = ? and action = 'READ'
                   and purpose = 'the SSDA903 return''s health of children in care'""", child.value()));
    }

    @Test
    void many_children_are_answered_from_one_read_in_the_order_asked_and_those_with_no_record_left_out() {
        ChildId first = ChildId.newId();
        ChildId neverInCare = ChildId.newId();
        ChildId second = ChildId.newId();
        entersCare(first, of(2024, 6, 3));
        entersCare(second, of(2024, 9, 2));
        dispatchUntilIdle();

        List<ChildInCareHealthForYear> year = context.childrenInCareHealthRecords().forChildren(NURSE,
                List.of(second.toString(), neverInCare.toString(), first.toString()), of(2025, 3, 31));

        assertEquals(List.of(second.toString(), first.toString()), year.stream().map(ChildInCareHealthForYear::childId)
                .toList(), "each child with a record, in the order asked");
        assertEquals(List.of(), context.childrenInCareHealthRecords().forChildren(NURSE, List.of(first.toString()),
                of(2024, 3, 31)), "a year that ended before the child entered care has nothing of theirs");
        assertEquals(3, admin.count("""
                select count(distinct child_id) from governance.child_record_access where child_id in (?, ?, ?) and action = 'READ'
                   and purpose = 'the SSDA903 return''s health of children in care'""",
                first.value(), neverInCare.value(), second.value()),
                "every child named is authorised and audited, held or not");
    }

    @Test
    void a_caller_who_may_not_see_the_child_is_refused_and_the_refusal_audited() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2025, 4, 10));
        dispatchUntilIdle();

        assertThrows(AccessDenied.class, () -> context.childrenInCareHealthRecords()
                .forYear(STRANGER, child.toString(), of(2026, 3, 31)));
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access where child_id = ? and decision = 'DENIED'""",
                child.value()));
    }
}
