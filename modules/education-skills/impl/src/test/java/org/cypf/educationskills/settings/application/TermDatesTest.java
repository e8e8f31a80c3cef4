package org.cypf.educationskills.settings.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.api.settings.PutTermDates;
import org.cypf.educationskills.api.settings.TermDatesHoliday;
import org.cypf.educationskills.api.settings.TermDatesTerm;
import org.cypf.educationskills.api.virtualschool.RecordPep;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqTermDates;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.application.VirtualSchoolService;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
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
 * Term dates per setting with the local authority's as the default (ADR 0049), on PostgreSQL, and PEP due dates
 * counted from the child's setting's school days (the counts are worked in the comments).
 */
class TermDatesTest {
    private static final Caller COUNCIL = new Caller("virtual.school", "council", Set.of(), null);
    private static final LocalDate ENTERED_CARE = LocalDate.of(2025, 10, 10); // a Friday

    private static AdminSql admin;
    private static ContextDatabase education;
    private static SettingsService settings;
    private static VirtualSchoolService virtualSchool;
    private static JooqTermDates termDates;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("term dates");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        termDates = new JooqTermDates(education, WorkingDayCalendar.england());
        settings = new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader(), termDates);
        settings.importRegister("URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
                + "Trusts (name),Postcode\r\n"
                + "100001,Brook Primary,Community school,Primary,,\r\n"
                + "100002,Hill Academy,Academy converter,Secondary,,\r\n");
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        virtualSchool = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england(),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/London")), termDates);

        // The local authority's 2025/26: half terms 27-31 October and 16-20 February.
        settings.putTermDates(new PutTermDates(null, "2025/26", List.of(
                new TermDatesTerm("AUTUMN", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 12, 19)),
                new TermDatesTerm("SPRING", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
                new TermDatesTerm("SUMMER", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22))), List.of(
                new TermDatesHoliday("Autumn half term", LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31)),
                new TermDatesHoliday("Spring half term", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)))));
        // Brook Primary's own: a two-week autumn half term (20-31 October), a training day on 14 November.
        settings.putTermDates(new PutTermDates("100001", "2025-26", List.of(
                new TermDatesTerm("autumn", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 17)),
                new TermDatesTerm("SPRING", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20)),
                new TermDatesTerm("SUMMER", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 17))), List.of(
                new TermDatesHoliday("Autumn half term", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 31)),
                new TermDatesHoliday("Training day", LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 14)))));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    /** A pupil last reported (in the attendance census) at {@code urn}. */
    private static void attends(String upn, int urn) {
        admin.execute("insert into education_skills.pupil (upn, child_id) values (?, gen_random_uuid())", upn);
        admin.execute("""
                insert into education_skills.term_attendance
                  (upn, academic_year, term, urn, sessions_possible, sessions_missed)
                values (?, 2024, 'SUMMER', 100002, 100, 0), (?, 2025, 'AUTUMN', ?, 100, 0)""", upn, upn, urn);
    }

    @Test
    void a_setting_follows_its_own_term_dates_else_the_local_authoritys() {
        var own = settings.termDates("100001", "2025-26");
        assertEquals("SETTING", own.source());
        assertEquals(LocalDate.of(2025, 9, 1), own.terms().getFirst().firstDay());
        assertEquals(List.of("Autumn half term", "Training day"),
                own.holidays().stream().map(TermDatesHoliday::name).toList());
        var followed = settings.termDates("100002", "2025/26");
        assertEquals("LOCAL_AUTHORITY", followed.source());
        assertEquals(100002, followed.urn());
        assertEquals(LocalDate.of(2025, 9, 3), followed.terms().getFirst().firstDay());
        assertEquals("LOCAL_AUTHORITY", settings.termDates(null, "2025-26").source());
        assertThrows(NotFound.class, () -> settings.termDates("100002", "2024-25"), "none held for 2024/25");
        assertThrows(NotFound.class, () -> settings.putTermDates(new PutTermDates("999998", "2025-26",
                settings.termDates(null, "2025-26").terms(), List.of())));
    }

    @Test
    void term_dates_breaking_a_rule_are_refused_whole_naming_the_field_and_rule() {
        var twoTerms = assertThrows(InvalidInput.class, () -> settings.putTermDates(new PutTermDates("100002",
                "2026-27", List.of(
                        new TermDatesTerm("AUTUMN", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18)),
                        new TermDatesTerm("AUTUMN", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26))), null)));
        assertTrue(twoTerms.violations().getFirst().reason().contains("TERM-01"));
        var refused = assertThrows(InvalidInput.class, () -> settings.putTermDates(new PutTermDates("100002",
                "2026-27", List.of(
                        new TermDatesTerm("AUTUMN", LocalDate.of(2026, 8, 28), LocalDate.of(2026, 12, 18)),
                        new TermDatesTerm("SPRING", LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 31)),
                        new TermDatesTerm("SUMMER", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21))), List.of(
                        new TermDatesHoliday("Christmas", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3)),
                        new TermDatesHoliday(" ", LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4))))));
        assertEquals(List.of("terms[0]", "terms[1].lastDay", "holidays[0]", "holidays[1].name"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertTrue(refused.violations().get(0).reason().contains("TERM-03"));
        assertTrue(refused.violations().get(1).reason().contains("TERM-02"));
        assertTrue(refused.violations().get(2).reason().contains("TERM-04"));
        assertEquals(0, admin.count("select count(*) from education_skills.school_term where academic_year = 2026"));
    }

    @Test
    void the_first_pep_is_due_twenty_school_days_after_entering_care_by_the_childs_setting() {
        // Brook Primary: 13-17 Oct (5); half term to 31 Oct; 3-7 Nov (10); 10-13 Nov, 14th a training day (14);
        // 17-21 Nov (19); Monday 24 November is the 20th school day.
        attends("V861123424001", 100001);
        ChildId atBrook = ChildId.newId();
        assertEquals(LocalDate.of(2025, 11, 24), virtualSchool.register(COUNCIL, new RegisterChildInCare(atBrook,
                UniquePupilNumber.parse("V861123424001"), LocalDate.of(2015, 3, 1), ENTERED_CARE)).pepDueBy());
        // Hill Academy holds none: the local authority's. 13-17 Oct (5), 20-24 Oct (10), half term, 3-7 Nov (15),
        // 10-14 Nov (20): Friday 14 November.
        attends("J861123424002", 100002);
        assertEquals(LocalDate.of(2025, 11, 14), virtualSchool.register(COUNCIL, new RegisterChildInCare(ChildId.newId(),
                UniquePupilNumber.parse("J861123424002"), LocalDate.of(2012, 3, 1), ENTERED_CARE)).pepDueBy());
        // No UPN: the local authority's too.
        assertEquals(LocalDate.of(2025, 11, 14), virtualSchool.register(COUNCIL, new RegisterChildInCare(ChildId.newId(),
                null, LocalDate.of(2012, 3, 1), ENTERED_CARE)).pepDueBy());
        // 2024/25 has no term dates held: working days, as before (11 Oct (1), 14-18 (6), 21-25 (11), 28 Oct-1 Nov
        // (16), 4-7 Nov (20)).
        assertEquals(LocalDate.of(2024, 11, 7), virtualSchool.register(COUNCIL, new RegisterChildInCare(ChildId.newId(),
                null, LocalDate.of(2012, 3, 1), LocalDate.of(2024, 10, 10))).pepDueBy());
        assertTrue(education.inTransaction(() -> termDates.ofPupil(null).approximated(new AcademicYear(2024))));
        assertEquals(false, education.inTransaction(() -> termDates.ofPupil(null).approximated(new AcademicYear(2025))));

        // A PEP held in the autumn term is reviewed by the end of Brook Primary's spring term (20 March, not the
        // local authority's 27th nor the approximation's 31st).
        var pep = virtualSchool.recordPep(COUNCIL, new RecordPep(atBrook.toString(), LocalDate.of(2025, 11, 20),
                List.of("Reading age to rise by a year"), null));
        assertEquals(LocalDate.of(2026, 3, 20), pep.nextReviewBy());
        assertTrue(pep.onTime());
    }

    @Test
    void a_day_in_the_holiday_after_a_term_counts_with_that_term() {
        education.run(() -> theLocalAuthoritysCalendar());
    }

    private static void theLocalAuthoritysCalendar() {
        var calendar = termDates.ofPupil(null);
        assertEquals(LocalDate.of(2026, 3, 27), calendar.endOfNextTerm(LocalDate.of(2025, 12, 30)),
                "Christmas holiday: with the autumn term, so reviewed by the end of spring");
        assertEquals(LocalDate.of(2026, 7, 22), calendar.endOfNextTerm(LocalDate.of(2026, 1, 5)));
        assertEquals(false, calendar.isSchoolDay(LocalDate.of(2025, 10, 29)), "half term");
        assertEquals(false, calendar.isSchoolDay(LocalDate.of(2026, 4, 3)), "Good Friday, between terms");
        assertEquals(true, calendar.isSchoolDay(LocalDate.of(2025, 11, 14)));
    }
}
