package org.cypf.educationskills.virtualschool.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolChildView;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The virtual school's use cases on PostgreSQL, as education's own role; each test uses its own children. */
class VirtualSchoolServiceTest {
    private static final Caller VIRTUAL_SCHOOL = Caller.system("education-skills.virtual-school");

    private static AdminSql admin;
    private static ContextDatabase education;
    private static JooqVirtualSchoolRoll roll;
    private static VirtualSchoolService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("virtual school service");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        roll = new JooqVirtualSchoolRoll(education);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        service = new VirtualSchoolService(education, roll, access.boundTo("education-skills"), WorkingDayCalendar.england());
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    private static long registrations(ChildId child) {
        return admin.count("select count(*) from education_skills.virtual_school_child where child_id = ?", child.value());
    }

    private static VirtualSchoolChildView register(ChildId child, int year, int month, int day) {
        return service.register(VIRTUAL_SCHOOL, new RegisterChildInCare(child, null, of(2013, 5, 5), of(year, month, day)));
    }

    @Test
    void registering_the_same_entry_into_care_twice_changes_nothing() {
        ChildId child = ChildId.newId();
        VirtualSchoolChildView first = register(child, 2025, 4, 10);
        VirtualSchoolChildView second = register(child, 2025, 4, 10);
        assertEquals(first, second);
        assertEquals(1, registrations(child));
    }

    @Test
    void a_new_entry_while_an_earlier_time_in_care_is_still_open_is_refused_and_stores_nothing() {
        ChildId child = ChildId.newId();
        register(child, 2025, 1, 6);
        assertThrows(Conflict.class, () -> register(child, 2025, 6, 2));
        assertEquals(1, registrations(child));
        assertEquals(of(2025, 1, 6), admin.rows("select entered_care_on from education_skills.virtual_school_child "
                + "where child_id = ? and left_care_on is null", child.value()).getFirst().get("entered_care_on"));
    }

    @Test
    void a_leaving_for_a_child_not_on_the_roll_is_refused_so_that_the_event_is_retried() {
        ChildId child = ChildId.newId();
        assertThrows(Conflict.class, () ->
                service.recordLeftCare(VIRTUAL_SCHOOL, new RecordChildLeftCare(child, of(2025, 3, 3))));
        assertEquals(0, registrations(child));
        assertEquals(0, admin.count("select count(*) from governance.child_record_access where child_id = ?",
                child.value()), "the refused change left no audit of a change that never happened");
    }

    @Test
    void a_leaving_before_the_entry_is_refused_and_the_child_stays_on_the_roll() {
        ChildId child = ChildId.newId();
        register(child, 2025, 4, 10);
        assertThrows(InvalidInput.class, () ->
                service.recordLeftCare(VIRTUAL_SCHOOL, new RecordChildLeftCare(child, of(2025, 4, 9))));
        assertEquals(1, admin.count("select count(*) from education_skills.virtual_school_child "
                + "where child_id = ? and left_care_on is null and version = 0", child.value()));
    }

    @Test
    void a_stale_registration_is_not_written_over() {
        ChildId child = ChildId.newId();
        register(child, 2025, 4, 10);
        var read = education.inTransaction(() -> roll.onRoll(child).orElseThrow());
        service.recordLeftCare(VIRTUAL_SCHOOL, new RecordChildLeftCare(child, of(2025, 5, 1)));

        assertThrows(StaleVersion.class, () -> education.run(() -> roll.update(read.leftCare(of(2025, 6, 1)))));
        assertEquals(of(2025, 5, 1), admin.rows("select left_care_on from education_skills.virtual_school_child "
                + "where child_id = ?", child.value()).getFirst().get("left_care_on"));
    }

    @Test
    void the_roll_is_refused_to_a_caller_outside_the_partnership() {
        register(ChildId.newId(), 2025, 4, 10);
        var outsider = new Caller("someone", "data-broker-ltd", Set.of(), null);
        assertThrows(AccessDenied.class, () -> service.children(outsider));
        List<VirtualSchoolChildView> seen = service.children(new Caller("vsh.jones", "council", Set.of(), "PEP review"));
        assertFalse(seen.isEmpty());
        assertEquals(seen.size(), admin.count("select count(*) from governance.child_record_access "
                + "where user_id = 'vsh.jones' and purpose = 'PEP review'"), "the stated purpose is what is audited");
    }
}
