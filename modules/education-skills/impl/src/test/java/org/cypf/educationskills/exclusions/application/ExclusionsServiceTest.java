package org.cypf.educationskills.exclusions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.educationskills.api.exclusions.ExclusionsImported;
import org.cypf.educationskills.exclusions.adapter.out.csv.ExclusionCsvReader;
import org.cypf.educationskills.exclusions.adapter.out.persistence.JooqExclusionRecords;
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
import org.cypf.platform.events.OutboxPublisher;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suspension and exclusion imports on PostgreSQL, as education's own role: audited, all or nothing, published once. */
class ExclusionsServiceTest {
    private static final Caller COUNCIL = new Caller("inclusion.officer", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final String HEADER = "UPN,URN,Category,Reason,StartDate,Sessions\r\n";
    private static final String EVENT = "education-skills.pupil-suspended-or-excluded";

    private static AdminSql admin;
    private static ContextDatabase education;
    private static ExclusionsService service;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("exclusions service");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader()).importRegister(
                "URN,EstablishmentName,TypeOfEstablishment (name),"
                        + "PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                        + "100001,Brook Primary,Community school,Primary,,\r\n"
                        + "100002,Hill Academy,Academy converter,Secondary,,\r\n");
        service = new ExclusionsService(education, new ExclusionCsvReader(), new JooqExclusionRecords(education),
                new JooqPupils(education), access.boundTo("education-skills"), new OutboxPublisher("education-skills"));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    private static List<Map<String, Object>> published(String upn) {
        return admin.rows("""
                select payload->>'category' as category, payload->>'reason' as reason, payload->>'childId' as child,
                       aggregate_id from platform.outbox where event_name = ? and payload->>'upn' = ?
                 order by position""", EVENT, upn);
    }

    @Test
    void an_import_records_audits_and_publishes_each_new_exclusion_once() {
        String file = HEADER
                + "V861123424001,100001,FIXD,PP,2024-11-04,4\r\n"
                + "V861123424001,100001,PERM,OW,2025-02-03,\r\n"
                + "J861123424002,100002,FIXD,DB,2024-11-05,2\r\n";
        assertEquals(new ExclusionsImported(3, 2, 3, 0, 0), service.importExclusions(COUNCIL, file));
        List<Map<String, Object>> events = published("V861123424001");
        assertEquals(List.of("SUSPENSION", "PERMANENT"), events.stream().map(e -> e.get("category")).toList());
        String child = admin.rows("select child_id::text as id from education_skills.pupil where upn = 'V861123424001'")
                .getFirst().get("id").toString();
        assertEquals(child, events.getFirst().get("child"));
        assertEquals(child, events.getFirst().get("aggregate_id"), "a child's exclusions are delivered in order");
        assertEquals(1, admin.count("select count(*) from governance.child_record_access where child_id = ?::uuid "
                + "and record_type = 'pupil-exclusion' and action = 'IMPORT'", child), "a data load: an import (ADR 0029, ADR 0044)");

        // the same file again: nothing added, nothing published
        assertEquals(new ExclusionsImported(3, 0, 0, 0, 3), service.importExclusions(COUNCIL, file));
        assertEquals(2, published("V861123424001").size());

        // the school corrects a reason: replaced, not added, and not published again
        assertEquals(new ExclusionsImported(1, 0, 0, 1, 0),
                service.importExclusions(COUNCIL, HEADER + "J861123424002,100002,FIXD,VA,2024-11-05,2\r\n"));
        assertEquals(1, published("J861123424002").size());
        var page = service.pupilExclusions(COUNCIL, "J861123424002", 1, 10);
        assertEquals("VA", page.exclusions().getFirst().reason());
        assertEquals("Verbal abuse/threatening behaviour against an adult", page.exclusions().getFirst().reasonLabel());
    }

    @Test
    void a_file_with_a_bad_row_stores_and_publishes_nothing() {
        long before = admin.count("select count(*) from platform.outbox");
        var refused = assertThrows(InvalidInput.class, () -> service.importExclusions(COUNCIL, HEADER
                + "Y861123424003,100001,FIXD,PP,2024-11-04,4\r\n"
                + "M861123424004,100001,FIXD,ZZ,2024-11-04,4\r\n"));
        assertEquals("rows[3].Reason", refused.violations().getFirst().field());
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'Y861123424003'"));
        assertEquals(before, admin.count("select count(*) from platform.outbox"));
    }

    @Test
    void an_unknown_school_is_a_row_error_naming_the_rule() {
        var refused = assertThrows(InvalidInput.class, () -> service.importExclusions(COUNCIL, HEADER
                + "B861123424005,999999,FIXD,PP,2024-11-04,4\r\n"));
        assertEquals(List.of(new FieldViolation("rows[2].URN",
                "names no setting held: import the establishment register first")), refused.violations());
        assertEquals(0, admin.count("select count(*) from education_skills.exclusion where upn = 'B861123424005'"));
    }

    @Test
    void a_caller_without_an_agreement_is_refused_and_nothing_is_stored() {
        assertThrows(AccessDenied.class, () -> service.importExclusions(STRANGER, HEADER
                + "Q861123424006,100001,FIXD,PP,2024-11-04,4\r\n"));
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'Q861123424006'"));
    }

    @Test
    void a_subject_access_export_includes_the_pupils_exclusions() {
        service.importExclusions(COUNCIL, HEADER + "E861123424007,100001,FIXD,TH,2024-10-01,2\r\n");
        var child = org.cypf.kernel.identity.ChildId.parse(admin.rows(
                "select child_id::text as id from education_skills.pupil where upn = 'E861123424007'")
                .getFirst().get("id").toString());
        var held = new org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqChildRecordSource(
                "education-skills", education).recordsOf(child);
        assertEquals(List.of("TH"), held.stream().filter(r -> r.recordType().equals("exclusion"))
                .map(r -> r.fields().get("reason")).toList());
        assertEquals(1, held.stream().filter(r -> r.recordType().equals("pupil")).count());
    }

    @Test
    void a_pupils_exclusions_are_paged_latest_first() {
        service.importExclusions(COUNCIL, HEADER
                + "L861200101001,100001,FIXD,PP,2024-09-10,1\r\n"
                + "L861200101001,100001,FIXD,BU,2024-10-10,2\r\n"
                + "L861200101001,100002,FIXD,TH,2025-01-15,3\r\n");
        var first = service.pupilExclusions(COUNCIL, "L861200101001", 1, 2);
        assertEquals(3, first.total());
        assertEquals(List.of("TH", "BU"), first.exclusions().stream().map(e -> e.reason()).toList());
        var second = service.pupilExclusions(COUNCIL, "L861200101001", 2, 2);
        assertEquals(List.of("PP"), second.exclusions().stream().map(e -> e.reason()).toList());
        var bad = assertThrows(InvalidInput.class, () -> service.pupilExclusions(COUNCIL, "L861200101001", 0, 1001));
        assertEquals(List.of("page", "size"), bad.violations().stream().map(FieldViolation::field).toList());
        assertThrows(NotFound.class, () -> service.pupilExclusions(COUNCIL, "A861200101002", 1, 10));
    }
}
