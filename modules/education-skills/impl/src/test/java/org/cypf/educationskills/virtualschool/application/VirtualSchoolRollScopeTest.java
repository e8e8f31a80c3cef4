package org.cypf.educationskills.virtualschool.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolChildView;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roll as a list (ADR 0033): a caller whose scope is their involvement sees only those children, the page and
 * its total counted in SQL with the same scope; the page is bounded and only its children are audited.
 */
class VirtualSchoolRollScopeTest {
    private static final Caller SYSTEM = Caller.system("education-skills.virtual-school");
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of("virtual-school-officer"), null);
    private static final Caller TEACHER = new Caller("dt.lee", "council", Set.of("designated-teacher"), null);
    private static final ChildId FIRST = ChildId.newId();
    private static final ChildId SECOND = ChildId.newId();
    private static final ChildId THIRD = ChildId.newId();

    private static ContextDatabase education;
    private static RecordingChildRecordAccess access;
    private static VirtualSchoolService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("virtual school roll scope");
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        access = RecordingChildRecordAccess.forPartners(Set.of("council"))
                .listingOnly(caller -> caller.equals(TEACHER) ? ListScope.only(List.of(SECOND)) : ListScope.everyChild());
        service = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england());
        service.register(SYSTEM, new RegisterChildInCare(FIRST, null, of(2013, 5, 5), of(2025, 1, 6)));
        service.register(SYSTEM, new RegisterChildInCare(SECOND, null, of(2013, 5, 5), of(2025, 2, 3)));
        service.register(SYSTEM, new RegisterChildInCare(THIRD, null, of(2013, 5, 5), of(2025, 3, 3)));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    @Test
    void a_caller_scoped_to_their_involvement_sees_only_those_children_and_counts_only_them() {
        var page = service.roll(TEACHER, 1, 10);
        assertEquals(List.of(SECOND.toString()), page.children().stream().map(VirtualSchoolChildView::childId).toList());
        assertEquals(1, page.total());
    }

    @Test
    void the_whole_roll_comes_a_page_at_a_time_earliest_pep_first_and_only_the_page_is_audited() {
        access.forget();
        var second = service.roll(OFFICER, 2, 2);
        assertEquals(3, second.total());
        assertEquals(List.of(THIRD.toString()), second.children().stream().map(VirtualSchoolChildView::childId).toList());
        var listed = access.authorisations().stream().filter(a -> !a.children().isEmpty()).toList();
        assertEquals(List.of(List.of(THIRD)), listed.stream().map(a -> a.children()).toList());
    }

    @Test
    void a_page_outside_the_bounds_is_refused_naming_the_field() {
        var refused = assertThrows(InvalidInput.class, () -> service.roll(OFFICER, 1, 1001));
        assertEquals("size", refused.violations().getFirst().field());
        assertEquals("page", assertThrows(InvalidInput.class, () -> service.roll(OFFICER, 0, 10))
                .violations().getFirst().field());
    }
}
