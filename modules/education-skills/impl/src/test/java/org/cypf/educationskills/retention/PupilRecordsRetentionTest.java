package org.cypf.educationskills.retention;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pupils' records keyed by UPN under retention on a real PostgreSQL (ADR 0036): a pupil's attendance is due three
 * years after the end of the last school year held (ATTENDANCE-REGISTER), their suspensions and exclusions, results
 * alternative provision placements and post-16 activity 25 years after the latest (PUPIL-RECORD); a PEP goes with the virtual school's registration
 * (CARE-RECORD). Anonymising moves the rows to a pseudonymous pupil, and the UPN and the child go; a pupil whose
 * records are recent is neither listed nor touched.
 */
class PupilRecordsRetentionTest {
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of(), null);
    private static final LocalDate ON = of(2100, 1, 1);
    private static final String OLD_UPN = "A861200101002";
    private static final String LIVE_UPN = "B861200101003";
    private static final ChildId OLD = ChildId.newId();
    private static final ChildId LIVE = ChildId.newId();
    private static AdminSql admin;
    private static ContextDatabase education;
    private static EducationSkillsContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("education pupils retention");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        context = new EducationSkillsContext(education, RecordingChildRecordAccess.forPartners(Set.of("council")));
        admin.execute("insert into education_skills.setting (urn, name, type_of_establishment, phase_of_education)"
                + " values (100001, 'Northgate Academy', 'Academy converter', 'Secondary')");
        seed(OLD, OLD_UPN, 2015, of(2016, 1, 11));
        seed(LIVE, LIVE_UPN, 2099, of(2080, 1, 14));
        // The old child was in care: the registration, once the child left, is due at the 75th birthday, PEP with it.
        var school = context.virtualSchool();
        school.register(OFFICER, new RegisterChildInCare(OLD, UniquePupilNumber.parse(OLD_UPN), of(2001, 4, 1),
                of(2015, 9, 2)));
        school.recordLeftCare(OFFICER, new RecordChildLeftCare(OLD, of(2016, 5, 30)));
        admin.execute("""
                insert into education_skills.personal_education_plan (pep_id, registration_id, child_id, held_on, due_by,
                                                                      next_review_by, targets)
                select gen_random_uuid(), registration_id, child_id, '2015-09-20', '2015-09-30', '2015-12-18',
                       array['Read with Mrs Patel, Amira''s favourite teacher, each week']
                  from education_skills.virtual_school_child where child_id = ?::uuid""", OLD.value().toString());
    }

    private static void seed(ChildId child, String upn, int year, LocalDate excluded) {
        admin.execute("insert into education_skills.pupil (upn, child_id) values (?, ?::uuid)", upn,
                child.value().toString());
        admin.execute("insert into education_skills.term_attendance values (?, ?, 'AUTUMN', 100001, 140, 12)", upn, year);
        admin.execute("insert into education_skills.exclusion (exclusion_id, upn, urn, category, reason, start_date,"
                + " sessions) values (gen_random_uuid(), ?, 100001, 'SUSPENSION', 'PP', ?::date, 4)", upn, excluded.toString());
        admin.execute("insert into education_skills.ks2_result values (?, ?, 100001, false, 104, 101, 'EXS', true, false)",
                upn, year);
        admin.execute("insert into education_skills.post16_activity values (?, ?::date, 540, 'NEET')", upn,
                of(year, 9, 1).toString());
        admin.execute("""
                insert into education_skills.alternative_provision_placement (placement_id, upn, provider_urn, setting_type,
                                                                              reason, start_date, end_date, sessions_per_week)
                values (gen_random_uuid(), ?, 100001, 'PUPIL_REFERRAL_UNIT', 'SUSPENSION', ?::date, ?::date, 10)""", upn,
                excluded.plusDays(1).toString(), excluded.plusMonths(1).toString());
    }

    @AfterAll
    static void stop() {
        education.close();
    }

    private static long rows(String upn) {
        return admin.count("""
                select (select count(*) from education_skills.term_attendance where upn = ?)
                     + (select count(*) from education_skills.exclusion where upn = ?)
                     + (select count(*) from education_skills.ks2_result where upn = ?)
                     + (select count(*) from education_skills.post16_activity where upn = ?)
                     + (select count(*) from education_skills.alternative_provision_placement where upn = ?)""",
                upn, upn, upn, upn, upn);
    }

    @Test
    void a_pupils_expired_records_are_anonymised_and_a_live_pupils_kept() {
        RecordRetention retention = context.recordRetention();
        long everyRow = admin.count("select count(*) from education_skills.term_attendance")
                + admin.count("select count(*) from education_skills.exclusion")
                + admin.count("select count(*) from education_skills.ks2_result")
                + admin.count("select count(*) from education_skills.post16_activity")
                + admin.count("select count(*) from education_skills.alternative_provision_placement");

        List<DueRecord> due = retention.due(ON, Set.of(), 0, 100);
        assertEquals(List.of("pupil-attendance:ATTENDANCE-REGISTER:2019-08-31", "post16-participation:PUPIL-RECORD:2040-09-01",
                        "pupil-exclusions:PUPIL-RECORD:2041-01-11",
                        "pupil-alternative-provision:PUPIL-RECORD:2041-02-11", "pupil-results:PUPIL-RECORD:2041-08-31",
                        "virtual-school-registration:CARE-RECORD:2076-04-01"),
                due.stream().map(d -> d.recordType() + ":" + d.rule() + ":" + d.dueOn()).toList(),
                "the old pupil's records, each under its rule; nothing of the live pupil's");
        assertEquals(6, retention.countDue(ON));
        for (DueRecord record : due) {
            assertTrue(retention.anonymise(record.recordType(), record.recordId(), ON, Set.of()).isPresent(), record.recordType());
        }

        assertEquals(0, rows(OLD_UPN), "no record is kept under the old UPN");
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = ? or child_id = ?::uuid",
                OLD_UPN, OLD.value().toString()), "nothing links the UPN to the child");
        assertEquals(0, admin.count("select count(*) from education_skills.personal_education_plan where child_id = ?::uuid"
                + " or 'Read with Mrs Patel, Amira''s favourite teacher, each week' = any(targets)", OLD.value().toString()),
                "the PEP went with the registration, its targets in the child's words too");
        assertEquals(0, admin.count("select count(*) from education_skills.retention_pseudonym"), "the pseudonym is forgotten");
        assertEquals(everyRow, admin.count("select count(*) from education_skills.term_attendance")
                + admin.count("select count(*) from education_skills.exclusion")
                + admin.count("select count(*) from education_skills.ks2_result")
                + admin.count("select count(*) from education_skills.post16_activity")
                + admin.count("select count(*) from education_skills.alternative_provision_placement"), "every row is kept for the counts");
        assertEquals(5, rows(LIVE_UPN), "the live pupil's records are kept as they were");
        assertEquals(1, admin.count("select count(*) from education_skills.pupil where upn = ? and child_id = ?::uuid",
                LIVE_UPN, LIVE.value().toString()));
        assertEquals(0, retention.countDue(ON), "the pseudonymous pupil is never listed again");
        assertEquals(List.of("pupil-attendance"), retention.due(of(2104, 1, 1), Set.of(), 0, 100).stream()
                .map(DueRecord::recordType).toList(), "the live pupil's attendance falls due three years after its year");
    }

    @Test
    void a_held_childs_record_is_listed_held_and_never_anonymised() {
        RecordRetention retention = context.recordRetention();
        LocalDate later = of(2104, 1, 1);
        Set<UUID> held = Set.of(LIVE.value());
        DueRecord attendance = retention.due(later, held, 0, 100).stream()
                .filter(DueRecord::held).findFirst().orElseThrow(() -> new AssertionError("the held child's record is shown held"));
        assertEquals("pupil-attendance", attendance.recordType());
        assertEquals(1, retention.due(later, held, 0, 100).stream().filter(DueRecord::held).count(),
                "no other child's record is shown held");
        assertTrue(retention.anonymise(attendance.recordType(), attendance.recordId(), later, held).orElseThrow().held());
        assertEquals(5, rows(LIVE_UPN), "nothing of a held child's is anonymised");
        assertTrue(retention.dueRecord(attendance.recordType(), attendance.recordId(), later, Set.of()).isPresent(),
                "still due once the hold is lifted");
    }
}
