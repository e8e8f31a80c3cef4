package org.cypf.educationskills.virtualschool.adapter.in.event;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.api.event.ChildLeftCare;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A school's suspension of a child in care reaching the virtual school through the outbox, on PostgreSQL: it goes on
 * the child's education record once, however often it is delivered, and a pupil not in care changes nothing.
 */
class ExclusionsOfChildrenInCareSubscriberTest {
    private static final String IN_CARE = "L861200101001";
    private static final String NOT_IN_CARE = "V861123424001";
    private static final Caller OFFICER = new Caller("inclusion.officer", "council", Set.of(), null);
    private static final String HEADER = "UPN,URN,Category,Reason,StartDate,Sessions\r\n";

    private AdminSql admin;
    private ContextDatabase socialCare;
    private ContextDatabase education;
    private ContextDatabase platform;
    private EducationSkillsContext context;
    private EventDispatcher dispatcher;
    private final OutboxPublisher socialCareOutbox = new OutboxPublisher("social-care");

    @BeforeEach
    void setUp() {
        var target = TestDatabase.fresh("virtual school exclusions");
        admin = new AdminSql(target);
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        socialCare = ContextDatabase.open(settings, "social_care", 2);
        education = ContextDatabase.open(settings, "education_skills", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        context = new EducationSkillsContext(education, access);
        dispatcher = new EventDispatcher(platform, context.subscriptions(),
                new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        context.settings().importRegister("URN,EstablishmentName,TypeOfEstablishment (name),"
                + "PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                + "100001,Brook Primary,Community school,Primary,,\r\n");
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        socialCare.close();
        education.close();
        platform.close();
    }

    private void dispatchUntilIdle() {
        for (int poll = 0; poll < 20; poll++) {
            if (dispatcher.dispatchOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher never went idle");
    }

    private List<Map<String, Object>> record(ChildId child) {
        return admin.rows("""
                select category, reason, start_date, sessions from education_skills.virtual_school_exclusion
                 where child_id = ? order by start_date""", child.value());
    }

    @Test
    void a_suspension_of_a_child_in_care_goes_on_their_education_record_once_even_when_delivered_twice() {
        ChildId child = ChildId.newId();
        socialCare.run(() -> socialCareOutbox.publish(new ChildEnteredCare(child.toString(), UUID.randomUUID(),
                of(2024, 9, 2), of(2014, 2, 3), IN_CARE, "C2", "U4")));
        dispatchUntilIdle();

        context.exclusions().importExclusions(OFFICER, HEADER
                + IN_CARE + ",100001,FIXD,VA,2024-11-04,4\r\n"
                + NOT_IN_CARE + ",100001,FIXD,PP,2024-11-04,2\r\n");
        dispatchUntilIdle();

        assertEquals(List.of(Map.of("category", "SUSPENSION", "reason", "VA", "start_date", of(2024, 11, 4),
                "sessions", 4)), record(child));
        assertEquals(1, admin.count("select count(*) from education_skills.virtual_school_exclusion"),
                "the pupil not in care is not the virtual school's");

        // As after a crash between the subscriber's commit and the acknowledgement: delivered again.
        admin.execute("""
                update platform.event_delivery set status = 'PENDING', completed_at = null, next_attempt_at = now()
                 where subscriber_id = ?""", ExclusionsOfChildrenInCareSubscriber.SUBSCRIBER);
        dispatchUntilIdle();

        assertEquals(1, record(child).size());
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access where child_id = ?
                   and record_type = 'virtual-school-exclusion' and user_id = 'education-skills.virtual-school'""",
                child.value()), "audited once, under social care's id for the child");
        var page = context.virtualSchool().exclusions(OFFICER, child.toString(), 1, 10);
        assertEquals(1, page.total());
        assertEquals("VA", page.exclusions().getFirst().reason());
    }

    @Test
    void an_exclusion_after_the_child_left_care_is_not_the_virtual_schools() {
        ChildId child = ChildId.newId();
        UUID period = UUID.randomUUID();
        socialCare.run(() -> {
            socialCareOutbox.publish(new ChildEnteredCare(child.toString(), period, of(2024, 9, 2), of(2014, 2, 3),
                    IN_CARE, "C2", "U4"));
            socialCareOutbox.publish(new ChildLeftCare(child.toString(), period, of(2024, 10, 1), "E4A"));
        });
        dispatchUntilIdle();

        context.exclusions().importExclusions(OFFICER, HEADER + IN_CARE + ",100001,PERM,DB,2025-01-13,\r\n");
        dispatchUntilIdle();

        assertEquals(List.of(), record(child));
    }
}
