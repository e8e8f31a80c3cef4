package org.cypf.educationskills.attendance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.cypf.testing.AdminSql;
import org.cypf.educationskills.api.attendance.AttendanceImported;
import org.cypf.educationskills.attendance.adapter.out.csv.AttendanceCsvReader;
import org.cypf.educationskills.attendance.adapter.out.persistence.JooqAttendanceRecords;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.educationskills.settings.application.SettingsService;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attendance imports on PostgreSQL, as education's own role, with every pupil's access audited. */
class AttendanceServiceTest {
    private static final Caller COUNCIL = new Caller("attendance.officer", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final String HEADER = "UPN,URN,AcademicYear,Term,SessionsPossible,SessionsMissed\r\n";

    private static AdminSql admin;
    private static ContextDatabase education;
    private static AttendanceService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("attendance service");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader()).importRegister(
                "URN,EstablishmentName,TypeOfEstablishment (name),"
                        + "PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                        + "100001,Brook Primary,Community school,Primary,,\r\n"
                        + "100002,Hill Academy,Academy converter,Secondary,,\r\n");
        service = new AttendanceService(education, new AttendanceCsvReader(), new JooqAttendanceRecords(education),
                new JooqPupils(education), access.boundTo("education-skills"));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    private static long audited(String upn) {
        return admin.count("""
                select count(*) from governance.child_record_access a
                  join education_skills.pupil p on p.child_id = a.child_id where p.upn = ?""", upn);
    }

    @Test
    void an_import_enrols_new_pupils_audits_each_and_a_second_delivery_changes_nothing() {
        String file = HEADER
                + "V861123424001,100001,2024/25,Autumn,140,14\r\n"
                + "V861123424001,100001,2024/25,Spring,120,60\r\n"
                + "J861123424002,100002,2024/25,Autumn,140,13\r\n";
        assertEquals(new AttendanceImported(3, 2, 3, 0, 0), service.importAttendance(COUNCIL, file));
        assertEquals(1, audited("V861123424001"));
        assertEquals(new AttendanceImported(3, 0, 0, 0, 3), service.importAttendance(COUNCIL, file));
        assertEquals(3, admin.count("select count(*) from education_skills.term_attendance "
                + "where upn in ('V861123424001', 'J861123424002')"));
        assertEquals(1, admin.count("select count(*) from education_skills.pupil where upn = 'V861123424001'"));

        // the school corrects the autumn figure: the term is replaced, not added
        assertEquals(new AttendanceImported(1, 0, 0, 1, 0),
                service.importAttendance(COUNCIL, HEADER + "J861123424002,100002,2024/25,Autumn,140,7\r\n"));
        var page = service.pupilAttendance(COUNCIL, "J861123424002", 1, 10);
        assertEquals(1, page.total());
        assertEquals(7, page.terms().getFirst().sessionsMissed());
    }

    @Test
    void a_pupils_terms_come_back_latest_first_with_the_absence_lines_applied() {
        service.importAttendance(COUNCIL, HEADER
                + "Y861123424003,100001,2023/24,Summer,100,5\r\n"
                + "Y861123424003,100001,2024/25,Autumn,140,14\r\n"
                + "Y861123424003,100001,2024/25,Spring,120,60\r\n");
        var page = service.pupilAttendance(COUNCIL, "y861123424003", 1, 2);
        assertEquals(3, page.total());
        var spring = page.terms().getFirst();
        assertEquals(List.of("2024/25 SPRING", "2024/25 AUTUMN"),
                page.terms().stream().map(t -> t.academicYear() + " " + t.term()).toList());
        assertEquals(new BigDecimal("50.0"), spring.absenceRate());
        assertEquals(true, spring.severeAbsence());
        assertEquals(true, page.terms().get(1).persistentAbsence(), "14 of 140 is 10 %");
        assertEquals(false, page.terms().get(1).severeAbsence());
        assertEquals("2023/24 SUMMER", service.pupilAttendance(COUNCIL, "Y861123424003", 2, 2).terms().stream()
                .map(t -> t.academicYear() + " " + t.term()).findFirst().orElseThrow());
    }

    @Test
    void a_term_at_a_school_not_in_the_register_refuses_the_file_and_stores_nothing() {
        var refused = assertThrows(InvalidInput.class, () -> service.importAttendance(COUNCIL, HEADER
                + "M861123424004,100001,2024/25,Autumn,140,1\r\n"
                + "M861123424004,999999,2024/25,Spring,140,1\r\n"));
        assertEquals(List.of("rows[3].URN"), refused.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'M861123424004'"));
    }

    @Test
    void a_caller_the_policy_refuses_stores_nothing_and_reads_nothing() {
        assertThrows(AccessDenied.class, () -> service.importAttendance(STRANGER,
                HEADER + "B861123424005,100001,2024/25,Autumn,140,1\r\n"));
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'B861123424005'"));
        service.importAttendance(COUNCIL, HEADER + "B861123424005,100001,2024/25,Autumn,140,1\r\n");
        assertThrows(AccessDenied.class, () -> service.pupilAttendance(STRANGER, "B861123424005", 1, 10));
        assertThrows(NotFound.class, () -> service.pupilAttendance(COUNCIL, "F86112342400A", 1, 10));
        // ADR 0033: a caller refused a held pupil is refused alike for a UPN that names nobody, never told it is not there
        assertThrows(AccessDenied.class, () -> service.pupilAttendance(STRANGER, "F86112342400A", 1, 10));
    }

    @Test
    void an_import_is_a_data_load_audited_as_a_create_of_each_pupils_record_not_asking_involvement() {
        service.importAttendance(COUNCIL, HEADER + "H861123424009,100001,2024/25,Autumn,140,2\r\n");
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access a
                  join education_skills.pupil p on p.child_id = a.child_id
                 where p.upn = 'H861123424009' and a.action = 'IMPORT' and a.record_type = 'pupil-attendance'"""));
    }
}
