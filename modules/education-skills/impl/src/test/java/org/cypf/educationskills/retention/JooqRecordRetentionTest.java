package org.cypf.educationskills.retention;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.measure.MeasureSource;
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
 * Education's retention adapter on a real PostgreSQL (ADR 0034): the virtual school's registration of a child who has
 * left care is part of the care record, due at the 75th birthday (CARE-RECORD); a child still in care's never.
 * Anonymising it clears the UPN and detaches it from the child, and every measure education computes is the same.
 */
class JooqRecordRetentionTest {
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of(), null);
    private static final ChildId LEFT = ChildId.newId();
    private static final ChildId IN_CARE = ChildId.newId();
    private static final List<LocalDate> DATES = List.of(of(2025, 3, 31), of(2025, 7, 31));
    private static AdminSql admin;
    private static ContextDatabase education;
    private static EducationSkillsContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("education retention");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        context = new EducationSkillsContext(education, RecordingChildRecordAccess.forPartners(Set.of("council")));
        var school = context.virtualSchool();
        school.register(OFFICER, new RegisterChildInCare(LEFT, UniquePupilNumber.parse("A861200101002"), of(2012, 4, 1),
                of(2024, 9, 2)));
        school.recordLeftCare(OFFICER, new RecordChildLeftCare(LEFT, of(2025, 5, 30)));
        school.register(OFFICER, new RegisterChildInCare(IN_CARE, null, of(2013, 4, 1), of(2025, 2, 3)));
    }

    @AfterAll
    static void stop() {
        education.close();
    }

    private static Map<String, String> measures(List<MeasureSource> sources, List<LocalDate> dates) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MeasureSource source : sources) {
            for (String key : source.measureKeys().stream().sorted().toList()) {
                for (LocalDate date : dates) {
                    String value;
                    try {
                        var m = source.compute(key, date);
                        value = m.value().toPlainString() + " (" + m.numerator() + "/" + m.denominator() + ")";
                    } catch (RuntimeException e) {
                        value = e.getClass().getSimpleName();
                    }
                    values.put(key + " on " + date, value);
                }
            }
        }
        return values;
    }

    @Test
    void anonymising_the_registration_of_a_child_who_left_care_keeps_every_measure() {
        RecordRetention retention = context.recordRetention();
        LocalDate later = of(2100, 1, 1);
        Map<String, String> before = measures(context.measureSources(), DATES);

        List<DueRecord> due = retention.due(later, Set.of(), 0, 10);
        assertEquals(1, due.size(), "the child still in care's registration is never due: " + due);
        assertEquals("CARE-RECORD", due.getFirst().rule());
        assertEquals(of(2087, 4, 1), due.getFirst().dueOn(), "the 75th birthday");
        assertTrue(retention.anonymise(due.getFirst().recordType(), due.getFirst().recordId(), later, Set.of()).isPresent());

        assertEquals(before, measures(context.measureSources(), DATES), "every measure is the same before and after");
        assertEquals(0, admin.count("select count(*) from education_skills.virtual_school_child"
                + " where child_id = ?::uuid or upn = 'A861200101002'", LEFT.value().toString()));
        assertEquals(0, admin.count("select count(*) from education_skills.retention_pseudonym"));
        assertEquals(1, admin.count("select count(*) from education_skills.virtual_school_child where child_id = ?::uuid",
                IN_CARE.value().toString()));
    }
}
