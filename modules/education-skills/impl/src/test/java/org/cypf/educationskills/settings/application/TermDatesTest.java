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
import org.cypf.educationskills.settings.adapter.out.csv.TermDatesCsvReader;
import org.cypf.educationskills.virtualschool.application.PepDueDates;
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
    private static RecordingChildRecordAccess access;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("term dates");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        termDates = new JooqTermDates(education, WorkingDayCalendar.england());
        access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        settings = new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader(), termDates,
                new TermDatesCsvReader(), new PepDueDates(new JooqVirtualSchoolRoll(education), termDates),
                access.boundTo("education-skills"));
        settings.importRegister("URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
                + "Trusts (name),Postcode\r\n"
                + "100001,Brook Primary,Community school,Primary,,\r\n"
                + "100002,Hill Academy,Academy converter,Secondary,,\r\n"
                + "100003,Vale School,Community school,Secondary,,\r\n");
        virtualSchool = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england(),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/London")), termDates);

        // The local authority's 2025/26: half terms 27-31 October and 16-20 February.
        settings.putTermDates(COUNCIL, new PutTermDates(null, "2025/26", List.of(
                new TermDatesTerm("AUTUMN", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 12, 19)),
                new TermDatesTerm("SPRING", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
                new TermDatesTerm("SUMMER", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22))), List.of(
                new TermDatesHoliday("Autumn half term", LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31)),
                new TermDatesHoliday("Spring half term", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)))));
        // Brook Primary's own: a two-week autumn half term (20-31 October), a training day on 14 November.
        settings.putTermDates(COUNCIL, new PutTermDates("100001", "2025-26", List.of(
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
        assertThrows(NotFound.class, () -> settings.putTermDates(COUNCIL, new PutTermDates("999998", "2025-26",
                settings.termDates(null, "2025-26").terms(), List.of())));
    }

    @Test
    void term_dates_breaking_a_rule_are_refused_whole_naming_the_field_and_rule() {
        var twoTerms = assertThrows(InvalidInput.class, () -> settings.putTermDates(COUNCIL, new PutTermDates("100002",
                "2026-27", List.of(
                        new TermDatesTerm("AUTUMN", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18)),
                        new TermDatesTerm("AUTUMN", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26))), null)));
        assertTrue(twoTerms.violations().getFirst().reason().contains("TERM-01"));
        var refused = assertThrows(InvalidInput.class, () -> settings.putTermDates(COUNCIL, new PutTermDates("100002",
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

    private static List<TermDatesTerm> terms(String autumn, String autumnEnd, String spring, String springEnd,
                                             String summer, String summerEnd) {
        return List.of(new TermDatesTerm("AUTUMN", LocalDate.parse(autumn), LocalDate.parse(autumnEnd)),
                new TermDatesTerm("SPRING", LocalDate.parse(spring), LocalDate.parse(springEnd)),
                new TermDatesTerm("SUMMER", LocalDate.parse(summer), LocalDate.parse(summerEnd)));
    }

    private static LocalDate dueOf(ChildId child) {
        return (LocalDate) admin.rows("select pep_due_by from education_skills.virtual_school_child"
                + " where child_id = ?::uuid and left_care_on is null", child.toString()).getFirst().get("pep_due_by");
    }

    @Test
    void the_open_peps_are_counted_again_when_term_dates_arrive_after_their_due_dates_were_counted() {
        // 2027/28 has no term dates held when the child enters care on Friday 8 October 2027: working days,
        // 11-15 Oct (5), 18-22 (10), 25-29 (15), 1-5 Nov (20): Friday 5 November.
        attends("Y861123424003", 100003);
        ChildId child = ChildId.newId();
        assertEquals(LocalDate.of(2027, 11, 5), virtualSchool.register(COUNCIL, new RegisterChildInCare(child,
                UniquePupilNumber.parse("Y861123424003"), LocalDate.of(2014, 5, 1), LocalDate.of(2027, 10, 8)))
                .pepDueBy());
        long versionBefore = admin.count("select version from education_skills.virtual_school_child"
                + " where child_id = ?::uuid", child.toString());

        // The local authority's 2027/28 arrives, half term 25-29 October: 11-15 Oct (5), 18-22 (10), half term,
        // 1-5 Nov (15), 8-12 Nov (20): a week later, Friday 12 November.
        settings.putTermDates(COUNCIL, new PutTermDates(null, "2027-28", terms("2027-09-01", "2027-12-17",
                "2028-01-04", "2028-03-31", "2028-04-18", "2028-07-21"), List.of(new TermDatesHoliday(
                "Autumn half term", LocalDate.of(2027, 10, 25), LocalDate.of(2027, 10, 29)))));
        assertEquals(LocalDate.of(2027, 11, 12), dueOf(child));
        assertEquals(versionBefore + 1, admin.count("select version from education_skills.virtual_school_child"
                + " where child_id = ?::uuid", child.toString()), "a change of the registration, versioned");

        // Vale School's own, a two-week half term 18-29 October: 11-15 Oct (5), half term, 1-5 Nov (10), 8-12 (15),
        // 15-19 (20): Friday 19 November.
        settings.putTermDates(COUNCIL, new PutTermDates("100003", "2027-28", terms("2027-09-01", "2027-12-17",
                "2028-01-04", "2028-03-31", "2028-04-18", "2028-07-21"), List.of(new TermDatesHoliday(
                "Autumn half term", LocalDate.of(2027, 10, 18), LocalDate.of(2027, 10, 29)))));
        assertEquals(LocalDate.of(2027, 11, 19), dueOf(child));
        // The same dates again move nothing.
        settings.putTermDates(COUNCIL, new PutTermDates("100003", "2027-28", terms("2027-09-01", "2027-12-17",
                "2028-01-04", "2028-03-31", "2028-04-18", "2028-07-21"), List.of(new TermDatesHoliday(
                "Autumn half term", LocalDate.of(2027, 10, 18), LocalDate.of(2027, 10, 29)))));
        assertEquals(versionBefore + 2, admin.count("select version from education_skills.virtual_school_child"
                + " where child_id = ?::uuid", child.toString()));
    }

    @Test
    void a_review_due_by_the_end_of_the_next_term_follows_the_settings_own_term_dates_when_they_arrive() {
        // A child at Vale School, which held no 2025/26 dates of its own: a PEP held on 12 January 2026 (spring) is
        // reviewed by the end of the local authority's summer term, 22 July 2026.
        attends("M861123424004", 100003);
        ChildId child = ChildId.newId();
        virtualSchool.register(COUNCIL, new RegisterChildInCare(child, UniquePupilNumber.parse("M861123424004"),
                LocalDate.of(2013, 2, 1), LocalDate.of(2025, 11, 3)));
        var pep = virtualSchool.recordPep(COUNCIL, new RecordPep(child.toString(), LocalDate.of(2026, 1, 12),
                List.of("Attend every session"), null));
        assertEquals(LocalDate.of(2026, 7, 22), pep.nextReviewBy());
        assertEquals(LocalDate.of(2026, 7, 22), dueOf(child));

        // Vale School's own 2025/26 arrives, its summer term ending on Friday 17 July: the review is due then, and
        // the PEP says so; the due date the PEP answered (when it was held) is history and stays.
        settings.putTermDates(COUNCIL, new PutTermDates("100003", "2025-26", terms("2025-09-03", "2025-12-19",
                "2026-01-05", "2026-03-27", "2026-04-13", "2026-07-17"), List.of()));
        assertEquals(LocalDate.of(2026, 7, 17), dueOf(child));
        var peps = virtualSchool.pepsOf(COUNCIL, child.toString(), 1, 10).peps();
        assertEquals(LocalDate.of(2026, 7, 17), peps.getFirst().nextReviewBy());
        assertEquals(pep.dueBy(), peps.getFirst().dueBy());
    }

    @Test
    void writing_term_dates_is_authorised_for_the_caller_after_the_input_is_checked() {
        access.forget();
        assertThrows(InvalidInput.class, () -> settings.putTermDates(COUNCIL, new PutTermDates("100002", "2028-29",
                terms("2028-09-04", "2028-12-20", "2028-12-01", "2029-03-29", "2029-04-16", "2029-07-20"), null)));
        assertTrue(access.authorisations().isEmpty(), "refused input is refused before any access decision");
        assertEquals(0, admin.count("select count(*) from education_skills.school_term where academic_year = 2028"));

        settings.putTermDates(COUNCIL, new PutTermDates("100002", "2028-29", terms("2028-09-04", "2028-12-20",
                "2029-01-07", "2029-03-29", "2029-04-16", "2029-07-20"), null));
        var asked = access.authorisations();
        assertEquals(1, asked.size());
        assertEquals("term-dates", asked.getFirst().intent().recordType());
        assertEquals("UPDATE", asked.getFirst().intent().action().name());
        assertEquals(COUNCIL, asked.getFirst().caller());
        assertTrue(asked.getFirst().children().isEmpty(), "no one child's record is opened");
    }

    @Test
    void term_dates_load_from_a_csv_file_all_rows_or_none_and_again_change_nothing() {
        String file = """
                URN,AcademicYear,Kind,Name,FirstDay,LastDay
                ,2029/30,Term,Autumn,2029-09-03,2029-12-19
                ,2029/30,Term,Spring,2030-01-07,2030-04-05
                ,2029/30,Term,Summer,2030-04-23,2030-07-19
                ,2029/30,Holiday,Autumn half term,2029-10-29,2029-11-02
                100001,2029/30,Term,Autumn,2029-09-04,2029-12-18
                100001,2029/30,Term,Spring,2030-01-07,2030-04-03
                100001,2029/30,Term,Summer,2030-04-23,2030-07-17
                """;
        access.forget();
        var loaded = settings.importTermDates(COUNCIL, file);
        assertEquals(7, loaded.rows());
        assertEquals(2, loaded.schoolYears());
        assertEquals(2, loaded.added());
        assertEquals("IMPORT", access.authorisations().getFirst().intent().action().name());
        assertEquals("term-dates", access.authorisations().getFirst().intent().recordType());
        assertEquals("SETTING", settings.termDates("100001", "2029-30").source());
        assertEquals(List.of("Autumn half term"), settings.termDates("100002", "2029-30").holidays().stream()
                .map(TermDatesHoliday::name).toList());

        var again = settings.importTermDates(COUNCIL, file);
        assertEquals(2, again.unchanged());
        assertEquals(0, again.added() + again.replaced() + again.pepDueDatesMoved());

        var refused = assertThrows(InvalidInput.class, () -> settings.importTermDates(COUNCIL, """
                URN,AcademicYear,Kind,Name,FirstDay,LastDay
                100002,2030/31,Term,Autumn,2030-09-02,2030-12-20
                100002,2030/31,Term,Spring,2031-01-06,2030-12-31
                100002,2030/31,Term,Summer,2031-04-22,2031-07-18
                100002,2030/31,Break,Whit,2031-06-02,2031-06-06
                999998,2030/31,Term,Autumn,2030-09-02,2030-12-20
                """));
        // Each row as read first, then each school year's rules, each named by the row that breaks them.
        assertEquals(List.of("rows[5].Kind", "rows[3].LastDay", "rows[6].Kind"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertTrue(refused.violations().get(1).reason().contains("TERM-02"));
        assertTrue(refused.violations().get(2).reason().contains("TERM-01"));
        assertEquals(0, admin.count("select count(*) from education_skills.school_term where academic_year = 2030"));

        var unknownSetting = assertThrows(InvalidInput.class, () -> settings.importTermDates(COUNCIL, """
                URN,AcademicYear,Kind,Name,FirstDay,LastDay
                999998,2030/31,Term,Autumn,2030-09-02,2030-12-20
                999998,2030/31,Term,Spring,2031-01-06,2031-04-04
                999998,2030/31,Term,Summer,2031-04-22,2031-07-18
                """));
        assertEquals("rows[2].URN", unknownSetting.violations().getFirst().field());
    }
}
