package org.cypf.educationskills.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.NotFound;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.events.EventDispatcher;
import org.cypf.platform.events.RetryPolicy;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Education's measures reproduced from a seeded term on PostgreSQL, against figures checked by hand:
 *
 * <pre>
 * 2024/25   possible missed  rate   persistent severe   exclusions
 * V...001   140+120   14+0   5.4 %  no         no       FIXD 2024-11-04
 * J...002   140       13     9.3 %  no         no       FIXD 2025-01-10
 * Y...003   140       70    50.0 %  yes        yes      FIXD 2024-12-02 (in care from 2024-09-02)
 * M...004   140       20    14.3 %  yes        no       PERM 2025-03-03
 * B...005   (2023/24 only: 100, 60)                     FIXD 2024-08-20 (2023/24)
 * </pre>
 * At 31 March 2025: 4 pupils; persistent 2 (50.0 %), severe 1 (25.0 %); attended 563 of 680 sessions (82.8 %);
 * suspensions 3 (75.00 per 100 pupils), permanent exclusions 1 (25.00 %); the one child in care was persistently
 * absent (100.0 %) and suspended once.
 */
class EducationMeasuresTest {
    private static final Caller OFFICER = new Caller("inclusion.officer", "council", Set.of(), null);
    private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    private static final LocalDate END_OF_MARCH = LocalDate.of(2025, 3, 31);

    private static ContextDatabase education;
    private static ContextDatabase platform;
    private static final Map<String, MeasureSource> sources = new HashMap<>();

    @BeforeAll
    static void seed() {
        var target = TestDatabase.fresh("education measures");
        var settings = new DatabaseSettings(target.jdbcUrl(), target.user(), target.password());
        education = ContextDatabase.open(settings, "education_skills", 2);
        platform = ContextDatabase.open(settings, "platform", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        var context = new EducationSkillsContext(education, access, Clock.fixed(NOW, ZoneOffset.UTC));
        context.settings().importRegister("URN,EstablishmentName,TypeOfEstablishment (name),"
                + "PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                + "100001,Brook Primary,Community school,Primary,,\r\n"
                + "100002,Hill Academy,Academy converter,Secondary,,\r\n");
        context.virtualSchool().register(OFFICER, new RegisterChildInCare(ChildId.newId(),
                UniquePupilNumber.parse("Y861123424003"), LocalDate.of(2012, 4, 5), LocalDate.of(2024, 9, 2)));
        context.attendance().importAttendance(OFFICER, "UPN,URN,AcademicYear,Term,SessionsPossible,SessionsMissed\r\n"
                + "V861123424001,100001,2024/25,Autumn,140,14\r\n"
                + "V861123424001,100001,2024/25,Spring,120,0\r\n"
                + "J861123424002,100001,2024/25,Autumn,140,13\r\n"
                + "Y861123424003,100002,2024/25,Autumn,140,70\r\n"
                + "M861123424004,100002,2024/25,Autumn,140,20\r\n"
                + "B861123424005,100002,2023/24,Summer,100,60\r\n");
        context.exclusions().importExclusions(OFFICER, "UPN,URN,Category,Reason,StartDate,Sessions\r\n"
                + "V861123424001,100001,FIXD,PP,2024-11-04,2\r\n"
                + "J861123424002,100001,FIXD,DB,2025-01-10,4\r\n"
                + "Y861123424003,100002,FIXD,VA,2024-12-02,6\r\n"
                + "M861123424004,100002,PERM,OW,2025-03-03,\r\n"
                + "B861123424005,100002,FIXD,DM,2024-08-20,2\r\n");
        // The virtual school hears of the suspension of the child in care through the outbox, as in the app.
        try (var dispatcher = new EventDispatcher(platform, context.subscriptions(),
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
            for (int i = 0; i < 10 && dispatcher.dispatchOnce() > 0; i++) {
                // until idle
            }
        }
        context.measureSources().forEach(s -> s.measureKeys().forEach(k -> sources.put(k, s)));
    }

    @AfterAll
    static void tearDown() {
        education.close();
        platform.close();
    }

    private static MeasureValue compute(String key, LocalDate asAt) {
        return sources.get(key).compute(key, asAt);
    }

    private static void assertValue(String expected, Long numerator, Long denominator, MeasureValue value) {
        assertEquals(new BigDecimal(expected), value.value(), value.measureKey());
        assertEquals(numerator, value.numerator(), value.measureKey());
        assertEquals(denominator, value.denominator(), value.measureKey());
        assertEquals("education-skills", value.provenance().context());
        assertEquals(NOW, value.provenance().computedAt());
    }

    @Test
    void absence_measures_follow_the_dfe_thresholds_over_the_school_year_to_the_date() {
        assertValue("50.0", 2L, 4L, compute("education-skills.persistent-absence", END_OF_MARCH));
        assertValue("25.0", 1L, 4L, compute("education-skills.severe-absence", END_OF_MARCH));
        assertValue("82.8", 563L, 680L, compute("education-skills.attendance-rate", END_OF_MARCH));
        assertValue("100.0", 1L, 1L, compute("education-skills.children-in-care-persistent-absence", END_OF_MARCH));
        // 2023/24 held only B...005: 60 of 100 missed
        assertValue("100.0", 1L, 1L, compute("education-skills.severe-absence", LocalDate.of(2024, 8, 31)));
        assertTrue(compute("education-skills.persistent-absence", END_OF_MARCH).provenance().definition()
                .contains("10 %"));
    }

    @Test
    void suspensions_and_exclusions_are_counted_in_the_school_year_to_the_date() {
        assertValue("3", null, null, compute("education-skills.suspensions", END_OF_MARCH));
        assertValue("2", null, null, compute("education-skills.suspensions", LocalDate.of(2025, 1, 9)));
        assertValue("1", null, null, compute("education-skills.suspensions", LocalDate.of(2024, 8, 31)));
        assertValue("1", null, null, compute("education-skills.permanent-exclusions", END_OF_MARCH));
        assertValue("0", null, null, compute("education-skills.permanent-exclusions", LocalDate.of(2025, 3, 2)));
        assertValue("75.00", 3L, 4L, compute("education-skills.suspension-rate", END_OF_MARCH));
        assertValue("25.00", 1L, 4L, compute("education-skills.permanent-exclusion-rate", END_OF_MARCH));
        assertValue("1", null, null, compute("education-skills.children-in-care-suspensions", END_OF_MARCH));
        assertValue("0", null, null, compute("education-skills.children-in-care-suspensions", LocalDate.of(2024, 12, 1)));
    }

    @Test
    void a_key_education_does_not_compute_is_not_found() {
        assertThrows(NotFound.class, () -> sources.get("education-skills.suspensions")
                .compute("education-skills.no-such-measure", END_OF_MARCH));
    }
}
