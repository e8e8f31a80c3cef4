package org.cypf.educationskills.virtualschool.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.api.virtualschool.PepReviewDueView;
import org.cypf.educationskills.api.virtualschool.PepView;
import org.cypf.educationskills.api.virtualschool.RecordPep;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Personal Education Plans on PostgreSQL: the first due 20 school days after entering care, then a review by the end
 * of each next term; the "PEP reviews due" queue paged within the caller's scope; PEPs on time as a measure.
 */
class PersonalEducationPlansTest {
    private static final Caller SYSTEM = Caller.system("education-skills.virtual-school");
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of("virtual-school-officer"), null);
    private static final Caller TEACHER = new Caller("dt.lee", "council", Set.of("designated-teacher"), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final ChildId CHILD = ChildId.newId();
    private static final ChildId OTHER = ChildId.newId();

    private static AdminSql admin;
    private static ContextDatabase education;
    private static VirtualSchoolService service;
    private static PepMeasures measures;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("personal education plans");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .listingOnly(caller -> caller.equals(TEACHER) ? ListScope.only(List.of(OTHER)) : ListScope.everyChild());
        var roll = new JooqVirtualSchoolRoll(education);
        Clock clock = Clock.fixed(of(2025, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service = new VirtualSchoolService(education, roll, access.boundTo("education-skills"),
                WorkingDayCalendar.england(), clock);
        measures = new PepMeasures(education, roll, clock);
        service.register(SYSTEM, new RegisterChildInCare(CHILD, null, of(2013, 5, 5), of(2025, 1, 6)));
        service.register(SYSTEM, new RegisterChildInCare(OTHER, null, of(2012, 5, 5), of(2025, 3, 3)));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    private static List<PepReviewDueView> due(Caller caller, int year, int month, int day) {
        return service.pepReviewsDue(caller, of(year, month, day), 1, 10).reviews();
    }

    @Test
    void the_first_pep_then_termly_reviews_move_the_queue_and_count_on_time() {
        // entered care Monday 6 January 2025: 20 school days later is Monday 3 February
        var first = due(OFFICER, 2025, 2, 28).stream().filter(d -> d.childId().equals(CHILD.toString())).findFirst()
                .orElseThrow();
        assertEquals(of(2025, 2, 3), first.dueBy());
        assertTrue(first.firstPep());
        assertTrue(first.overdue(), "on 1 September 2025 it has long passed");

        PepView held = service.recordPep(OFFICER, new RecordPep(CHILD.toString(), of(2025, 1, 30),
                List.of("Read with carer every day", "Maths tutoring twice a week"), new BigDecimal("300")));
        assertEquals(of(2025, 2, 3), held.dueBy());
        assertTrue(held.onTime());
        assertEquals(of(2025, 7, 31), held.nextReviewBy(), "held in the spring term: reviewed by the end of summer's");
        assertEquals(new BigDecimal("300.00"), held.pupilPremiumPlus());
        assertFalse(due(OFFICER, 2025, 2, 28).stream().anyMatch(d -> d.childId().equals(CHILD.toString())));
        var review = due(OFFICER, 2025, 7, 31).stream().filter(d -> d.childId().equals(CHILD.toString()))
                .findFirst().orElseThrow();
        assertFalse(review.firstPep());
        assertEquals(of(2025, 1, 30), review.lastHeldOn());

        PepView late = service.recordPep(OFFICER, new RecordPep(CHILD.toString(), of(2025, 8, 10),
                List.of("Settle into the new school"), null));
        assertFalse(late.onTime(), "due by 31 July");
        assertEquals(of(2025, 12, 31), late.nextReviewBy());

        var onTime = measures.compute(PepMeasures.PEPS_ON_TIME, of(2025, 8, 20));
        assertEquals(new BigDecimal("50.0"), onTime.value(), "1 of the 2 PEPs of 2024/25 on time");
        assertEquals(1, onTime.numerator());
        assertEquals(2, onTime.denominator());
        assertEquals(new BigDecimal("0.0"), measures.compute(PepMeasures.PEPS_ON_TIME, of(2025, 9, 1)).value(),
                "none yet in 2025/26");

        assertThrows(Conflict.class, () -> service.recordPep(OFFICER, new RecordPep(CHILD.toString(),
                of(2025, 6, 1), List.of("Out of order"), null)));
        assertEquals(2, admin.count("select count(*) from education_skills.personal_education_plan where child_id = ?",
                CHILD.value()));
    }

    @Test
    void the_queue_shows_a_caller_only_the_children_of_their_scope_counted_in_sql() {
        var page = service.pepReviewsDue(TEACHER, of(2025, 12, 31), 1, 10);
        assertEquals(List.of(OTHER.toString()), page.reviews().stream().map(PepReviewDueView::childId).toList());
        assertEquals(1, page.total());
        assertEquals("size", assertThrows(InvalidInput.class, () -> service.pepReviewsDue(OFFICER, of(2025, 1, 1), 1,
                1001)).violations().getFirst().field());
    }

    @Test
    void a_bad_pep_is_refused_naming_each_field_and_stores_nothing() {
        // The details are checked before the child's record is authorised (refused input audits nothing), so a date
        // before the child entered care, which needs the record, is named once the details themselves are good.
        var refused = assertThrows(InvalidInput.class, () -> service.recordPep(OFFICER, new RecordPep(
                OTHER.toString(), of(2025, 2, 1), List.of(" "), new BigDecimal("-1"))));
        assertEquals(List.of("targets[0]", "pupilPremiumPlus"),
                refused.violations().stream().map(FieldViolation::field).toList());
        var beforeCare = assertThrows(InvalidInput.class, () -> service.recordPep(OFFICER, new RecordPep(
                OTHER.toString(), of(2025, 2, 1), List.of("A target"), null)));
        assertEquals(List.of("heldOn"), beforeCare.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.personal_education_plan where child_id = ?",
                OTHER.value()));
    }

    @Test
    void a_child_not_on_the_roll_is_told_only_to_a_caller_who_could_have_seen_one() {
        String nobody = ChildId.newId().toString();
        assertThrows(NotFound.class, () -> service.recordPep(OFFICER, new RecordPep(nobody, of(2025, 2, 1),
                List.of("A target"), null)));
        assertThrows(AccessDenied.class, () -> service.recordPep(STRANGER, new RecordPep(nobody, of(2025, 2, 1),
                List.of("A target"), null)));
        assertThrows(AccessDenied.class, () -> service.recordPep(STRANGER, new RecordPep(OTHER.toString(),
                of(2025, 4, 1), List.of("A target"), null)));
    }
}
