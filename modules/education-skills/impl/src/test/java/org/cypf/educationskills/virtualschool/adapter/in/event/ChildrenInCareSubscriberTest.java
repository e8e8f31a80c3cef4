package org.cypf.educationskills.virtualschool.adapter.in.event;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolChildView;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.event.ChildLeftCare;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The virtual school acting on social care's events, on PostgreSQL with every context's own role: social care's
 * role writes the outbox, the platform's role dispatches, education's role handles each event in its own
 * transaction with its inbox row and its access-audit entry.
 */
class ChildrenInCareSubscriberTest {
    private static final String UPN = "L861200101001";
    private static final LocalDate BORN = of(2014, 2, 3);
    private static final Caller PRACTITIONER = new Caller("vsh.jones", "council", Set.of(), null);

    private AdminSql admin;
    private ContextDatabase socialCare;
    private ContextDatabase education;
    private ContextDatabase platform;
    private EducationSkillsContext context;
    private EventDispatcher dispatcher;
    private final OutboxPublisher socialCareOutbox = new OutboxPublisher("social-care");

    @BeforeEach
    void setUp() {
        var target = TestDatabase.fresh("virtual school events");
        admin = new AdminSql(target);
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        socialCare = ContextDatabase.open(settings, "social_care", 2);
        education = ContextDatabase.open(settings, "education_skills", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        context = new EducationSkillsContext(education, access);
        // A failed delivery waits a second: long enough that "dispatch until idle" never retries it by accident.
        dispatcher = new EventDispatcher(platform, context.subscriptions(),
                new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        socialCare.close();
        education.close();
        platform.close();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private UUID entersCare(ChildId child, LocalDate on) {
        UUID period = UUID.randomUUID();
        socialCare.run(() -> socialCareOutbox.publish(
                new ChildEnteredCare(child.toString(), period, on, BORN, UPN, "C2", "U4")));
        return period;
    }

    private void leavesCare(ChildId child, UUID period, LocalDate on) {
        socialCare.run(() -> socialCareOutbox.publish(new ChildLeftCare(child.toString(), period, on, "E4A")));
    }

    private void dispatchUntilIdle() {
        for (int poll = 0; poll < 20; poll++) {
            if (dispatcher.dispatchOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher never went idle");
    }

    /** Failed deliveries wait for their back-off; this makes them due now, as the clock would. */
    private void retriesFallDue() {
        admin.execute("update platform.event_delivery set next_attempt_at = now() where status = 'PENDING'");
    }

    private List<Map<String, Object>> registrations(ChildId child) {
        return admin.rows("""
                select upn, date_of_birth, entered_care_on, pep_due_by, left_care_on, version
                  from education_skills.virtual_school_child where child_id = ? order by entered_care_on""", child.value());
    }

    private boolean onRoll(ChildId child) {
        return admin.count("select count(*) from education_skills.virtual_school_child where child_id = ? "
                + "and left_care_on is null", child.value()) == 1;
    }

    private static final String ENTERED = "social-care.child-entered-care";
    private static final String LEFT = "social-care.child-left-care";

    /** The virtual school's latest delivery of {@code eventName} for the child. */
    private Map<String, Object> delivery(String eventName, ChildId child) {
        return admin.rows("""
                select d.status, d.attempts, d.last_error from platform.event_delivery d
                  join platform.outbox o on o.position = d.event_position
                 where d.subscriber_id = ? and d.aggregate_id = ? and o.event_name = ?
                 order by d.event_position""", ChildrenInCareSubscriber.SUBSCRIBER, child.toString(), eventName)
                .getLast();
    }

    // ---- a child entering care ---------------------------------------------------------------------------------

    @Test
    void a_child_entering_care_joins_the_roll_with_the_pep_due_twenty_working_days_later() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2025, 4, 10));

        dispatchUntilIdle();

        Map<String, Object> registration = registrations(child).getFirst();
        assertEquals(UPN, registration.get("upn"));
        assertEquals(BORN, registration.get("date_of_birth"));
        assertEquals(of(2025, 4, 10), registration.get("entered_care_on"));
        assertEquals(of(2025, 5, 13), registration.get("pep_due_by"), "Easter and the early May holiday skipped");
        assertNull(registration.get("left_care_on"));
        assertEquals("COMPLETED", delivery(ENTERED, child).get("status"));

        List<VirtualSchoolChildView> roll = context.virtualSchool().children(PRACTITIONER);
        assertEquals(1, roll.size());
        assertEquals(child.toString(), roll.getFirst().childId());
        assertEquals(of(2025, 5, 13), roll.getFirst().pepDueBy());
    }

    @Test
    void the_registration_is_audited_as_the_virtual_school_acting_on_its_statutory_duty() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2025, 4, 10));

        dispatchUntilIdle();

        List<Map<String, Object>> audit = admin.rows("""
                select user_id, organisation, role, context, record_type, action, decision, rule
                  from governance.child_record_access where child_id = ?""", child.value());
        assertEquals(List.of(Map.of("user_id", "education-skills.virtual-school", "organisation", "cypf",
                "role", "system", "context", "education-skills", "record_type", "virtual-school-registration",
                "action", "CREATE", "decision", "PERMITTED", "rule", "CYPF-STATUTORY-DUTY")), audit);
    }

    @Test
    void delivering_the_same_event_twice_registers_the_child_once() {
        ChildId child = ChildId.newId();
        entersCare(child, of(2025, 4, 10));
        dispatchUntilIdle();

        // As after a crash between the subscriber's commit and the acknowledgement: the delivery is due again.
        admin.execute("""
                update platform.event_delivery set status = 'PENDING', completed_at = null, next_attempt_at = now()
                 where subscriber_id = ?""", ChildrenInCareSubscriber.SUBSCRIBER);
        dispatchUntilIdle();

        assertEquals(1, registrations(child).size());
        Map<String, Object> redelivered = delivery(ENTERED, child);
        assertEquals("COMPLETED", redelivered.get("status"));
        assertEquals(2, redelivered.get("attempts"), "it was delivered a second time");
        assertEquals(1, admin.count("select count(*) from platform.inbox where subscriber_id = ?",
                ChildrenInCareSubscriber.SUBSCRIBER));
        assertEquals(1, admin.count("select count(*) from governance.child_record_access where child_id = ?",
                child.value()), "the inbox stopped the handler: no second access to the record");
    }

    @Test
    void an_entry_redelivered_after_the_child_left_care_does_not_put_them_back_on_the_roll() {
        ChildId child = ChildId.newId();
        UUID period = entersCare(child, of(2025, 4, 10));
        leavesCare(child, period, of(2025, 7, 1));
        dispatchUntilIdle();
        assertTrue(!onRoll(child));

        admin.execute("""
                update platform.event_delivery set status = 'PENDING', completed_at = null, next_attempt_at = now()
                 where subscriber_id = ?""", ChildrenInCareSubscriber.SUBSCRIBER);
        dispatchUntilIdle();

        assertEquals(1, registrations(child).size());
        assertTrue(!onRoll(child), "the redelivered entry was recognised by the inbox and changed nothing");
    }

    // ---- a child leaving care ----------------------------------------------------------------------------------

    @Test
    void a_child_leaving_care_leaves_the_roll_and_the_leaving_is_audited() {
        ChildId child = ChildId.newId();
        ChildId stays = ChildId.newId();
        UUID period = entersCare(child, of(2025, 4, 10));
        entersCare(stays, of(2025, 5, 1));
        dispatchUntilIdle();

        leavesCare(child, period, of(2025, 9, 1));
        dispatchUntilIdle();

        Map<String, Object> registration = registrations(child).getFirst();
        assertEquals(of(2025, 9, 1), registration.get("left_care_on"));
        assertEquals(1L, registration.get("version"), "the update bumped the version");
        assertEquals(of(2025, 5, 13), registration.get("pep_due_by"), "history is kept");
        assertEquals(List.of(stays.toString()),
                context.virtualSchool().children(PRACTITIONER).stream().map(VirtualSchoolChildView::childId).toList());
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access
                 where child_id = ? and action = 'UPDATE' and decision = 'PERMITTED'
                   and user_id = 'education-skills.virtual-school'""", child.value()));
    }

    @Test
    void a_child_who_left_care_and_came_back_is_on_the_roll_for_the_new_time_in_care() {
        ChildId child = ChildId.newId();
        UUID first = entersCare(child, of(2025, 1, 6));
        leavesCare(child, first, of(2025, 3, 3));
        entersCare(child, of(2025, 6, 2));
        ChildId other = ChildId.newId();
        entersCare(other, of(2025, 2, 3));

        dispatchUntilIdle();

        List<Map<String, Object>> history = registrations(child);
        assertEquals(2, history.size());
        assertEquals(of(2025, 3, 3), history.get(0).get("left_care_on"));
        assertEquals(of(2025, 6, 2), history.get(1).get("entered_care_on"));
        assertEquals(of(2025, 6, 30), history.get(1).get("pep_due_by"));
        assertNull(history.get(1).get("left_care_on"));
        assertTrue(onRoll(other));
    }

    // ---- order when a delivery fails ---------------------------------------------------------------------------

    @Test
    void a_leaving_does_not_overtake_an_entry_whose_delivery_failed() {
        ChildId child = ChildId.newId();
        UUID period = entersCare(child, of(2025, 4, 10));
        leavesCare(child, period, of(2025, 4, 30));
        // Education's database refuses the registration for a while (an outage, a lock, a bad deployment).
        admin.execute("revoke insert on education_skills.virtual_school_child from cypf_education_skills");

        dispatchUntilIdle();
        assertEquals("PENDING", delivery(ENTERED, child).get("status"));
        assertNotNull(delivery(ENTERED, child).get("last_error"));

        admin.execute("grant insert on education_skills.virtual_school_child to cypf_education_skills");
        for (int round = 0; round < 3; round++) {
            retriesFallDue();
            dispatchUntilIdle();
        }

        assertEquals("COMPLETED", delivery(ENTERED, child).get("status"));
        assertEquals("COMPLETED", delivery(LEFT, child).get("status"));
        List<Map<String, Object>> history = registrations(child);
        assertEquals(1, history.size());
        assertEquals(of(2025, 4, 30), history.getFirst().get("left_care_on"),
                "the child left care, so must not stay on the roll because the leaving was handled first");
    }

    @Test
    void a_new_entry_does_not_overtake_a_leaving_whose_delivery_failed() {
        ChildId child = ChildId.newId();
        UUID first = entersCare(child, of(2025, 1, 6));
        dispatchUntilIdle();
        // The leaving cannot be recorded for a while...
        admin.execute("revoke update on education_skills.virtual_school_child from cypf_education_skills");
        leavesCare(child, first, of(2025, 3, 3));
        dispatchUntilIdle();
        assertEquals("PENDING", delivery(LEFT, child).get("status"));
        // ...and meanwhile the child comes back into care.
        entersCare(child, of(2025, 6, 2));
        dispatchUntilIdle();

        admin.execute("grant update on education_skills.virtual_school_child to cypf_education_skills");
        for (int round = 0; round < 3; round++) {
            retriesFallDue();
            dispatchUntilIdle();
        }

        List<Map<String, Object>> history = registrations(child);
        assertEquals(2, history.size(), "both times in care are on record");
        assertEquals(of(2025, 3, 3), history.get(0).get("left_care_on"));
        assertEquals(of(2025, 6, 2), history.get(1).get("entered_care_on"));
        assertTrue(onRoll(child), "the child is in care again, so must be on the roll");
    }
}
