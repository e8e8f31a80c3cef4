package org.cypf.educationskills.virtualschool.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.api.virtualschool.PepView;
import org.cypf.educationskills.api.virtualschool.RecordPep;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One child's virtual school record on PostgreSQL, for the child's page: paged, authorised and audited as one read. */
class ChildsVirtualSchoolRecordTest {
    private static final Caller SYSTEM = Caller.system("education-skills.virtual-school");
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of("virtual-school-officer"), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);

    private static AdminSql admin;
    private static ContextDatabase education;
    private static VirtualSchoolService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("a child's virtual school record");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .listingOnly(caller -> ListScope.everyChild());
        Clock clock = Clock.fixed(of(2025, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england(), clock);
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    @Test
    void one_childs_times_in_care_and_peps_a_page_at_a_time_authorised_as_one_read() {
        ChildId child = ChildId.newId();
        service.register(SYSTEM, new RegisterChildInCare(child, null, of(2014, 2, 2), of(2025, 4, 7)));
        service.recordPep(OFFICER, new RecordPep(child.toString(), of(2025, 5, 1), List.of("Phonics"), null));
        service.recordPep(OFFICER, new RecordPep(child.toString(), of(2025, 7, 10), List.of("Phonics", "Swimming"), null));

        var times = service.timesInCareOf(OFFICER, child.toString(), 1, 10);
        assertEquals(1, times.total());
        assertEquals(of(2025, 4, 7), times.children().getFirst().enteredCareOn());
        var peps = service.pepsOf(OFFICER, child.toString(), 1, 1);
        assertEquals(2, peps.total());
        assertEquals(List.of(of(2025, 5, 1)), peps.peps().stream().map(PepView::heldOn).toList(), "oldest first");
        assertEquals(List.of(of(2025, 7, 10)), service.pepsOf(OFFICER, child.toString(), 2, 1).peps().stream()
                .map(PepView::heldOn).toList());

        long audited = admin.count("select count(*) from governance.child_record_access");
        var bad = assertThrows(InvalidInput.class, () -> service.pepsOf(OFFICER, "not-a-child", 1, 10));
        assertEquals("childId", bad.violations().getFirst().field());
        assertThrows(InvalidInput.class, () -> service.timesInCareOf(OFFICER, child.toString(), 1, 101));
        assertThrows(InvalidInput.class, () -> service.timesInCareOf(OFFICER, child.toString(), 0, 10));
        assertEquals(audited, admin.count("select count(*) from governance.child_record_access"),
                "refused input writes no audit row");
        assertThrows(AccessDenied.class, () -> service.pepsOf(STRANGER, child.toString(), 1, 10));
    }
}
