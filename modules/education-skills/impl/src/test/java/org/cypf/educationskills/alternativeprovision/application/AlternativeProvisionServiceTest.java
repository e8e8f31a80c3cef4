package org.cypf.educationskills.alternativeprovision.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.alternativeprovision.adapter.out.csv.ApPlacementCsvReader;
import org.cypf.educationskills.alternativeprovision.adapter.out.persistence.JooqApPlacements;
import org.cypf.educationskills.api.alternativeprovision.ApPlacementView;
import org.cypf.educationskills.api.alternativeprovision.EndApPlacement;
import org.cypf.educationskills.api.alternativeprovision.RecordApPlacement;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.application.VirtualSchoolService;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
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

/** Placements in alternative provision on PostgreSQL, as education's own role, each access audited (ADR 0048). */
class AlternativeProvisionServiceTest {
    private static final Caller COUNCIL = new Caller("inclusion.officer", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final LocalDate SEPT = LocalDate.of(2025, 9, 8);

    private static AdminSql admin;
    private static ContextDatabase education;
    private static AlternativeProvisionService service;
    private static VirtualSchoolService virtualSchool;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("alternative provision");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/London"));
        service = new AlternativeProvisionService(education, new JooqApPlacements(education), new JooqPupils(education),
                access.boundTo("education-skills"), clock, new ApPlacementCsvReader());
        virtualSchool = new VirtualSchoolService(education, new JooqVirtualSchoolRoll(education),
                access.boundTo("education-skills"), WorkingDayCalendar.england(), clock);
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

    private static long placements(String upn) {
        return admin.count("select count(*) from education_skills.alternative_provision_placement where upn = ?", upn);
    }

    private static RecordApPlacement atPru(String upn, LocalDate start, LocalDate end, int sessions) {
        return new RecordApPlacement(upn, 100050, null, "PUPIL_REFERRAL_UNIT", "PERMANENT_EXCLUSION", start, end,
                sessions);
    }

    @Test
    void a_placement_is_recorded_once_audited_and_the_same_again_changes_nothing() {
        ApPlacementView first = service.recordPlacement(COUNCIL, atPru("V861123424001", SEPT, null, 10));
        assertEquals("pupil referral unit", first.settingTypeLabel());
        assertEquals("permanently excluded", first.reasonLabel());
        assertEquals(1, audited("V861123424001"));
        ApPlacementView again = service.recordPlacement(COUNCIL, atPru("v861123424001", SEPT, null, 10));
        assertEquals(first.placementId(), again.placementId(), "the same pupil, provider and start: the same placement");
        assertEquals(1, placements("V861123424001"));
        var changed = assertThrows(Conflict.class,
                () -> service.recordPlacement(COUNCIL, atPru("V861123424001", SEPT, null, 6)));
        assertTrue(changed.getMessage().contains("already recorded"));
        assertEquals(1, placements("V861123424001"));
    }

    @Test
    void refused_details_name_the_field_and_rule_and_write_nothing_not_even_an_audit_row() {
        long auditedBefore = admin.count("select count(*) from governance.child_record_access");
        var refused = assertThrows(InvalidInput.class, () -> service.recordPlacement(COUNCIL, new RecordApPlacement(
                "J861123424002", null, 12345678, "AP_ACADEMY", "BEHAVIOUR", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 8, 31), 11)));
        assertEquals(List.of("reason", "providerUrn", "sessionsPerWeek", "endDate"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertTrue(refused.violations().get(1).reason().contains("AP-PROVIDER"), refused.violations().toString());
        assertTrue(refused.violations().get(2).reason().contains("AP-SESSIONS"));
        assertTrue(refused.violations().get(3).reason().contains("AP-DATES"));
        var noProvider = assertThrows(InvalidInput.class, () -> service.recordPlacement(COUNCIL, new RecordApPlacement(
                "J861123424002", null, null, "UNREGISTERED_PROVIDER", "OTHER", SEPT, null, 4)));
        assertEquals(List.of("providerUrn"), noProvider.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'J861123424002'"));
        assertEquals(auditedBefore, admin.count("select count(*) from governance.child_record_access"));
        // an unregistered provider named by its UKPRN alone is a placement
        var unregistered = service.recordPlacement(COUNCIL, new RecordApPlacement("J861123424002", null, 10012345,
                "UNREGISTERED_PROVIDER", "off_site_direction", SEPT, null, 4));
        assertEquals(10012345, unregistered.providerUkprn());
        assertEquals("OFF_SITE_DIRECTION", unregistered.reason());
    }

    @Test
    void a_caller_the_policy_refuses_stores_nothing_and_reads_nothing() {
        assertThrows(AccessDenied.class, () -> service.recordPlacement(STRANGER, atPru("Y861123424003", SEPT, null, 5)));
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'Y861123424003'"));
        service.recordPlacement(COUNCIL, atPru("Y861123424003", SEPT, null, 5));
        assertThrows(AccessDenied.class, () -> service.pupilPlacements(STRANGER, "Y861123424003", 1, 10));
        assertThrows(AccessDenied.class, () -> service.pupilPlacements(STRANGER, "M861123424004", 1, 10),
                "an unknown UPN is refused alike to a caller who could not see it");
        assertThrows(NotFound.class, () -> service.pupilPlacements(COUNCIL, "M861123424004", 1, 10));
        assertThrows(AccessDenied.class, () -> service.providerPlacements(STRANGER, "100050", 1, 10));
    }

    @Test
    void a_pupils_placements_come_back_latest_first_and_a_placement_ends_once() {
        String upn = "B861123424005";
        service.recordPlacement(COUNCIL, atPru(upn, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 28), 10));
        var current = service.recordPlacement(COUNCIL, new RecordApPlacement(upn, null, 10054321,
                "FURTHER_EDUCATION_COLLEGE", "SPECIAL_EDUCATIONAL_NEEDS", SEPT, null, 4));
        var page = service.pupilPlacements(COUNCIL, upn, 1, 1);
        assertEquals(2, page.total());
        assertEquals(List.of(current.placementId()), page.placements().stream().map(ApPlacementView::placementId).toList());
        assertEquals(LocalDate.of(2024, 1, 8), service.pupilPlacements(COUNCIL, upn, 2, 1).placements().getFirst()
                .startDate());

        long auditedBefore = admin.count("select count(*) from governance.child_record_access");
        var ancient = assertThrows(InvalidInput.class, () -> service.endPlacement(COUNCIL,
                new EndApPlacement(current.placementId(), LocalDate.of(1800, 1, 1))));
        assertTrue(ancient.violations().getFirst().reason().contains("AP-DATES"));
        assertEquals(auditedBefore, admin.count("select count(*) from governance.child_record_access"),
                "a day out of range is refused before the placement is read: no access decision audited");
        var early = assertThrows(InvalidInput.class, () -> service.endPlacement(COUNCIL,
                new EndApPlacement(current.placementId(), SEPT.minusDays(1))));
        assertTrue(early.violations().getFirst().reason().contains("AP-DATES"));
        var ended = service.endPlacement(COUNCIL, new EndApPlacement(current.placementId(), LocalDate.of(2025, 12, 19)));
        assertEquals(LocalDate.of(2025, 12, 19), ended.endDate());
        assertEquals(ended, service.endPlacement(COUNCIL,
                new EndApPlacement(current.placementId(), LocalDate.of(2025, 12, 19))), "the same end again");
        assertThrows(Conflict.class, () -> service.endPlacement(COUNCIL,
                new EndApPlacement(current.placementId(), LocalDate.of(2026, 1, 9))));
        assertThrows(NotFound.class, () -> service.endPlacement(COUNCIL,
                new EndApPlacement("6f1c8a53-9f4e-4b55-8d55-2f1f5d7a0c11", SEPT)));
        assertEquals(1, admin.count("select count(*) from education_skills.alternative_provision_placement"
                + " where placement_id = ?::uuid and end_date = date '2025-12-19'", current.placementId()));
    }

    @Test
    void a_providers_list_is_paged_by_urn_or_ukprn_and_audits_the_page_it_shows() {
        service.recordPlacement(COUNCIL, new RecordApPlacement("F861123425001", 100077, null, "AP_ACADEMY",
                "SUSPENSION", LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 10), 10));
        service.recordPlacement(COUNCIL, new RecordApPlacement("V861123425002", 100077, null, "AP_ACADEMY",
                "HEALTH_NEEDS", LocalDate.of(2025, 11, 3), null, 6));
        service.recordPlacement(COUNCIL, new RecordApPlacement("J861123425003", 100078, 10077777, "AP_FREE_SCHOOL",
                "AWAITING_SCHOOL_PLACE", LocalDate.of(2025, 11, 3), null, 10));
        var first = service.providerPlacements(COUNCIL, "100077", 1, 1);
        assertEquals(2, first.total());
        assertEquals("V861123425002", first.placements().getFirst().upn(), "latest start first");
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access a join education_skills.pupil p
                  on p.child_id = a.child_id where p.upn = 'V861123425002' and a.action = 'LIST'"""));
        assertEquals(0, admin.count("""
                select count(*) from governance.child_record_access a join education_skills.pupil p
                  on p.child_id = a.child_id where p.upn = 'F861123425001' and a.action = 'LIST'"""),
                "the pupil on the second page was not shown, so not audited");
        assertEquals(List.of("J861123425003"), service.providerPlacements(COUNCIL, "10077777", 1, 10).placements()
                .stream().map(ApPlacementView::upn).toList());
        var bad = assertThrows(InvalidInput.class, () -> service.providerPlacements(COUNCIL, "1234567", 0, 501));
        assertEquals(List.of("provider", "page", "size"), bad.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void the_virtual_school_sees_a_child_in_cares_placements_during_care_only() {
        String upn = "Y861123425004";
        ChildId child = ChildId.newId();
        virtualSchool.register(COUNCIL, new RegisterChildInCare(child, UniquePupilNumber.parse(upn),
                LocalDate.of(2012, 5, 1), LocalDate.of(2024, 6, 1)));
        virtualSchool.recordLeftCare(COUNCIL, new RecordChildLeftCare(child, LocalDate.of(2025, 6, 30)));
        service.recordPlacement(COUNCIL, atPru(upn, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 3, 31), 10));
        var during = service.recordPlacement(COUNCIL, atPru(upn, LocalDate.of(2024, 4, 15), LocalDate.of(2024, 7, 19), 8));
        var later = service.recordPlacement(COUNCIL, atPru(upn, LocalDate.of(2025, 6, 2), null, 4));
        service.recordPlacement(COUNCIL, atPru(upn, LocalDate.of(2025, 9, 1), null, 2));

        var page = service.childInCarePlacements(COUNCIL, child.toString(), 1, 10);
        assertEquals(2, page.total(), "before care and after leaving care are not the virtual school's");
        assertEquals(List.of(later.placementId(), during.placementId()),
                page.placements().stream().map(ApPlacementView::placementId).toList());
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access where child_id = ?::uuid
                   and record_type = 'virtual-school-alternative-provision' and action = 'READ'""", child.toString()));
        assertThrows(NotFound.class, () -> service.childInCarePlacements(COUNCIL, ChildId.newId().toString(), 1, 10));
        assertThrows(AccessDenied.class, () -> service.childInCarePlacements(STRANGER, child.toString(), 1, 10));
    }

    @Test
    void placements_load_from_a_csv_file_all_rows_or_none_audited_per_pupil_and_again_change_nothing() {
        String file = """
                UPN,ProviderURN,ProviderUKPRN,SettingType,Reason,StartDate,EndDate,SessionsPerWeek\r
                X861555524101,100050,,PUPIL_REFERRAL_UNIT,PERMANENT_EXCLUSION,2025-10-06,,10\r
                L861555524102,,10012345,FURTHER_EDUCATION_COLLEGE,off_site_direction,2025-11-03,2026-01-30,4\r
                """;
        var loaded = service.importPlacements(COUNCIL, file);
        assertEquals(2, loaded.rows());
        assertEquals(2, loaded.newPupils());
        assertEquals(2, loaded.added());
        assertEquals(1, placements("X861555524101"));
        assertEquals(1, audited("L861555524102"), "each pupil in the file audited as an import of their placements");
        assertEquals(1, admin.count("""
                select count(*) from governance.child_record_access a join education_skills.pupil p
                  on p.child_id = a.child_id where p.upn = 'X861555524101' and a.action = 'IMPORT'
                   and a.record_type = 'alternative-provision-placement'"""));

        var again = service.importPlacements(COUNCIL, file);
        assertEquals(2, again.unchanged());
        assertEquals(0, again.added() + again.replaced() + again.newPupils());
        assertEquals(1, placements("X861555524101"));

        // The placement ended: the same placement with its end, replaced, not added.
        var ended = service.importPlacements(COUNCIL, file.replace("2025-10-06,,10", "2025-10-06,2026-02-13,10"));
        assertEquals(1, ended.replaced());
        assertEquals(1, placements("X861555524101"));
        assertEquals(LocalDate.of(2026, 2, 13), service.pupilPlacements(COUNCIL, "X861555524101", 1, 10)
                .placements().getFirst().endDate());

        long before = admin.count("select count(*) from education_skills.alternative_provision_placement");
        var refused = assertThrows(InvalidInput.class, () -> service.importPlacements(COUNCIL, """
                UPN,ProviderURN,ProviderUKPRN,SettingType,Reason,StartDate,EndDate,SessionsPerWeek
                A861555524103,100050,,PUPIL_REFERRAL_UNIT,SUSPENSION,2025-10-06,,10
                A861555524103,,10012345,AP_ACADEMY,HEALTH_NEEDS,2025-11-03,2025-11-01,12
                A861555524104,100050,,PUPIL_REFERRAL_UNIT,BEHAVIOUR,2025-10-06,,10
                """));
        assertEquals(List.of("rows[3].ProviderURN", "rows[3].SessionsPerWeek", "rows[3].EndDate", "rows[4].UPN",
                        "rows[4].Reason"), refused.violations().stream().map(FieldViolation::field).toList());
        assertTrue(refused.violations().get(0).reason().contains("AP-PROVIDER"));
        assertTrue(refused.violations().get(1).reason().contains("AP-SESSIONS"));
        assertTrue(refused.violations().get(2).reason().contains("AP-DATES"));
        assertEquals(before, admin.count("select count(*) from education_skills.alternative_provision_placement"),
                "nothing stored from a refused file");
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'A861555524103'"));
    }
}
