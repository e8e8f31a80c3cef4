package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cypf.educationskills.attendance.adapter.out.csv.AttendanceCsvReader;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.attendance.application.AttendanceService;
import org.cypf.educationskills.exclusions.adapter.out.csv.ExclusionCsvReader;
import org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionRecords;
import org.cypf.educationskills.exclusions.application.ExclusionsService;
import org.cypf.educationskills.schoolsystem.application.SchoolSystemImport;
import org.cypf.educationskills.schoolsystem.domain.ImportReport;
import org.cypf.educationskills.schoolsystem.domain.UnmappedRow;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.educationskills.settings.application.SettingsService;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The worked adapter of ADR 0103 end to end: a seeded school information system on MariaDB (its own shape,
 * {@code school-information-system.sql}, {@code seeded-school.sql}), read by {@link MariaDbSchoolInformationSystem},
 * imported by {@link SchoolSystemImport} through education's import use cases into PostgreSQL. The tests run in
 * order, as runs of the import do: first run, a second run with nothing new, a corrected row, a lost watermark.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MariaDbSchoolSystemImportTest {
    private static final String EXCLUSIONS_PUBLISHED =
            "select count(*) from platform.outbox where event_name = 'education-skills.pupil-suspended-or-excluded'";

    private static SchoolSystemDatabase mis;
    private static AdminSql admin;
    private static ContextDatabase education;
    private static SchoolSystemImport feed;

    @BeforeAll
    static void setUp() {
        mis = SchoolSystemDatabase.fresh();
        System.out.println("school information system on " + mis.source());
        mis.run("/org/cypf/educationskills/schoolsystem/school-information-system.sql");
        mis.run("/org/cypf/educationskills/schoolsystem/seeded-school.sql");

        var target = TestDatabase.fresh("school system import");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target)
                .boundTo("education-skills");
        new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader()).importRegister(
                "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                        + "100001,Brook Primary,Community school,Primary,,\r\n");
        var pupils = new JooqPupils(education);
        var attendance = new AttendanceService(education, new AttendanceCsvReader(), new JooqAttendanceRecords(education),
                pupils, access);
        var exclusions = new ExclusionsService(education, new ExclusionCsvReader(), new JooqExclusionRecords(education),
                pupils, access, new OutboxPublisher("education-skills"));
        feed = new SchoolSystemImport(education, new MariaDbSchoolInformationSystem("brook-mis", mis.dsl),
                new JooqImportWatermarks(education), attendance, exclusions,
                Caller.system("education-skills.school-system-import"));
    }

    @AfterAll
    static void tearDown() {
        if (education != null) {
            education.close();
        }
        if (mis != null) {
            mis.close();
        }
    }

    private static long count(String sql) {
        return admin.count(sql);
    }

    @Test
    @Order(1)
    void the_first_run_imports_every_row_it_can_map_and_reports_the_others_by_row_and_rule() {
        ImportReport report = feed.run();

        assertEquals(6, report.attendanceRead());
        assertEquals(2, report.attendanceImported());
        assertEquals(4, report.suspensionsRead());
        assertEquals(2, report.suspensionsImported());
        // Mapped by the adapter: an unknown term code, an invalid and a missing UPN, half a session, a lunchtime
        // exclusion (not in the census); refused by the use case: a school not in the establishment register.
        assertEquals(List.of("attendance 3 term_code", "attendance 4 upn", "attendance 5 upn", "attendance 6 URN",
                        "suspensions 3 sessions", "suspensions 4 exclusion_type"),
                report.unmapped().stream().map(u -> u.feed() + " " + u.rowId() + " " + u.column()).sorted().toList());
        UnmappedRow farAway = report.unmapped().stream().filter(u -> u.rowId() == 6).findFirst().orElseThrow();
        assertTrue(farAway.rule().contains("names no setting held"), farAway.rule());

        assertEquals(2, count("select count(*) from education_skills.term_attendance"));
        assertEquals(1, count("select count(*) from education_skills.term_attendance where upn = 'J861123424002' "
                + "and term = 'AUTUMN' and sessions_missed = 75"));
        assertEquals(2, count("select count(*) from education_skills.exclusion"));
        assertEquals(1, count("select count(*) from education_skills.exclusion where upn = 'V861123424001' "
                + "and category = 'SUSPENSION' and sessions = 4"));
        assertEquals(2, count(EXCLUSIONS_PUBLISHED));
        assertEquals(1, count("select count(*) from education_skills.school_system_watermark "
                + "where system_name = 'brook-mis' and feed = 'attendance' and last_row_id = 6 and rows_read = 6"));
    }

    @Test
    @Order(2)
    void a_second_run_reads_nothing_new_and_changes_nothing() {
        ImportReport report = feed.run();
        assertEquals(new ImportReport("brook-mis", 0, 0, 0, 0, List.of()), report);
        assertEquals(2, count("select count(*) from education_skills.term_attendance"));
        assertEquals(2, count(EXCLUSIONS_PUBLISHED));
    }

    @Test
    @Order(3)
    void a_row_the_school_corrects_is_read_again_and_imported() {
        mis.dsl.execute("update attendance_summary set term_code = 'SPR' where attendance_id = 3");
        ImportReport report = feed.run();
        assertEquals(1, report.attendanceRead());
        assertEquals(1, report.attendanceImported());
        assertEquals(List.of(), report.unmapped());
        assertEquals(1, count("select count(*) from education_skills.term_attendance where upn = 'V861123424001' "
                + "and term = 'SPRING'"));
    }

    @Test
    @Order(4)
    void with_the_watermark_lost_every_row_is_read_again_without_a_duplicate_or_a_second_event() {
        admin.execute("delete from education_skills.school_system_watermark");
        ImportReport report = feed.run();
        assertEquals(6, report.attendanceRead());
        assertEquals(4, report.suspensionsRead());
        assertEquals(3, count("select count(*) from education_skills.term_attendance"));
        assertEquals(2, count("select count(*) from education_skills.exclusion"));
        assertEquals(2, count(EXCLUSIONS_PUBLISHED), "an exclusion read again is not published again");
    }
}
