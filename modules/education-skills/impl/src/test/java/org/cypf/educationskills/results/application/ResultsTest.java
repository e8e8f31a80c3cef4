package org.cypf.educationskills.results.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cypf.educationskills.api.results.ResultsImported;
import org.cypf.educationskills.results.adapter.out.csv.ResultsCsvReader;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultFigures;
import org.cypf.educationskills.results.adapter.out.persistence.JooqResultRecords;
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.settings.adapter.out.csv.GiasCsvReader;
import org.cypf.educationskills.settings.adapter.out.persistence.JooqSettingsHeld;
import org.cypf.educationskills.settings.application.SettingsService;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results imported on PostgreSQL as education's role, and every results measure reproduced from hand-checked data:
 * 2023/24 cohorts of five EYFS profiles, four KS2 and four KS4 pupils (the sums are worked in the comments).
 */
class ResultsTest {
    private static final Caller COUNCIL = new Caller("data.officer", "council", Set.of(), null);
    private static final Caller STRANGER = new Caller("someone", "elsewhere", Set.of(), null);
    private static final LocalDate END_OF_YEAR = LocalDate.of(2024, 7, 31);
    private static final String GOALS = Stream.of(EarlyLearningGoal.values()).map(EarlyLearningGoal::column)
            .collect(Collectors.joining(","));

    private static AdminSql admin;
    private static ContextDatabase education;
    private static ResultsService service;
    private static ResultsMeasures measures;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("results");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        new SettingsService(education, new JooqSettingsHeld(education), new GiasCsvReader()).importRegister(
                "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),Trusts (name),Postcode\r\n"
                        + "100001,Brook Primary,Community school,Primary,,\r\n"
                        + "100002,Hill Academy,Academy converter,Secondary,,\r\n");
        service = new ResultsService(education, new ResultsCsvReader(), new JooqResultRecords(education),
                new JooqPupils(education), access.boundTo("education-skills"));
        measures = new ResultsMeasures(education, new JooqResultFigures(education),
                Clock.fixed(END_OF_YEAR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    /** A profile row: every goal expected but those named, which are emerging. */
    private static String profile(String upn, String fsm, EarlyLearningGoal... emerging) {
        var out = Set.of(emerging);
        return upn + ",100001,2023/24," + fsm + "," + Stream.of(EarlyLearningGoal.values())
                .map(g -> out.contains(g) ? "Emerging" : "Expected").collect(Collectors.joining(",")) + "\r\n";
    }

    private static BigDecimal value(String key) {
        return measures.compute(key, END_OF_YEAR).value();
    }

    @Test
    void eyfs_profiles_give_the_good_level_of_development_by_the_national_rule_and_its_fsm_gap() {
        String file = "UPN,URN,AcademicYear,FSM," + GOALS + "\r\n"
                + profile("F861123425001", "N")                                          // GLD
                + profile("V861123425002", "Y", EarlyLearningGoal.PAST_AND_PRESENT)      // GLD: not a counted area
                + profile("J861123425003", "Y", EarlyLearningGoal.WRITING)               // literacy: not GLD
                + profile("Y861123425004", "N")                                          // GLD
                + profile("M861123425005", "N", EarlyLearningGoal.SPEAKING);             // prime area: not GLD
        assertEquals(new ResultsImported(5, 5, 5, 0, 0), service.importEyfsProfiles(COUNCIL, file));
        assertEquals(new ResultsImported(5, 0, 0, 0, 5), service.importEyfsProfiles(COUNCIL, file));

        MeasureValue gld = measures.compute(ResultsMeasures.GOOD_LEVEL_OF_DEVELOPMENT, END_OF_YEAR);
        assertEquals(new BigDecimal("60.0"), gld.value(), "3 of 5");
        assertEquals(3, gld.numerator());
        assertEquals(5, gld.denominator());
        // others 2 of 3 = 66.67 %, FSM 1 of 2 = 50 %: 16.67 points
        assertEquals(new BigDecimal("16.7"), value(ResultsMeasures.GOOD_LEVEL_OF_DEVELOPMENT_GAP));
        assertEquals(new BigDecimal("0.0"), measures.compute(ResultsMeasures.GOOD_LEVEL_OF_DEVELOPMENT,
                LocalDate.of(2023, 7, 31)).value(), "no cohort held for 2022/23");
    }

    @Test
    void ks2_results_give_the_expected_and_higher_standard_in_rwm_and_the_fsm6_gap() {
        assertEquals(new ResultsImported(4, 4, 4, 0, 0), service.importKs2Results(COUNCIL,
                "UPN,URN,AcademicYear,FSM6,ReadingScore,MathsScore,WritingTA\r\n"
                        + "R861123426001,100001,2023/24,N,100,105,EXS\r\n"    // expected
                        + "F861123426002,100001,2023/24,Y,112,110,gds\r\n"    // expected and higher
                        + "V861123426003,100001,2023/24,N,99,120,GDS\r\n"     // reading 99: neither
                        + "J861123426004,100001,2023/24,Y,,100,EXS\r\n"));    // no reading score: neither
        assertEquals(new BigDecimal("50.0"), value(ResultsMeasures.KS2_EXPECTED_RWM));
        assertEquals(new BigDecimal("25.0"), value(ResultsMeasures.KS2_HIGHER_RWM));
        assertEquals(new BigDecimal("0.0"), value(ResultsMeasures.KS2_EXPECTED_RWM_GAP), "1 of 2 in each group");
    }

    @Test
    void ks4_results_give_attainment_8_progress_8_english_and_maths_and_the_gaps() {
        String file = "UPN,URN,AcademicYear,FSM6,Attainment8,Progress8,EnglishGrade,MathsGrade\r\n"
                + "C861123427001,100002,2023/24,N,50.5,0.25,5,4\r\n"
                + "R861123427002,100002,2023/24,Y,40,-0.5,4,4\r\n"
                + "F861123427003,100002,2023/24,Y,30.25,,3,6\r\n"
                + "V861123427004,100002,2023/24,N,60,1.00,7,8\r\n";
        service.importKs4Results(COUNCIL, file);
        assertEquals(new ResultsImported(4, 0, 0, 0, 4), service.importKs4Results(COUNCIL, file),
                "40 and 40.00 are the same score");
        MeasureValue a8 = measures.compute(ResultsMeasures.ATTAINMENT_8, END_OF_YEAR);
        assertEquals(new BigDecimal("45.19"), a8.value(), "180.75 / 4 = 45.1875");
        assertEquals(4, a8.denominator());
        assertEquals(new BigDecimal("0.25"), value(ResultsMeasures.PROGRESS_8), "0.75 / 3 pupils with a score");
        assertEquals(new BigDecimal("75.0"), value(ResultsMeasures.ENGLISH_AND_MATHS_4));
        assertEquals(new BigDecimal("25.0"), value(ResultsMeasures.ENGLISH_AND_MATHS_5));
        assertEquals(new BigDecimal("20.13"), value(ResultsMeasures.ATTAINMENT_8_GAP), "55.25 - 35.125");
        assertEquals(new BigDecimal("1.13"), value(ResultsMeasures.PROGRESS_8_GAP), "0.625 - (-0.5)");

        // the school corrects one pupil's maths grade: replaced, not added
        assertEquals(new ResultsImported(1, 0, 0, 1, 0), service.importKs4Results(COUNCIL,
                "UPN,URN,AcademicYear,FSM6,Attainment8,Progress8,EnglishGrade,MathsGrade\r\n"
                        + "F861123427003,100002,2023/24,Y,30.25,,3,4\r\n"));
        assertEquals(new BigDecimal("75.0"), value(ResultsMeasures.ENGLISH_AND_MATHS_4), "English 3 still fails it");
    }

    @Test
    void a_file_with_any_row_error_is_refused_naming_each_row_column_and_rule_and_stores_nothing() {
        var eyfs = assertThrows(InvalidInput.class, () -> service.importEyfsProfiles(COUNCIL,
                "UPN,URN,AcademicYear,FSM," + GOALS + "\r\n"
                        + profile("N861123428001", "N")
                        + profile("N861123428001", "maybe").replaceFirst("Expected", "Yes")));
        assertEquals(List.of("rows[3].FSM", "rows[3].ListeningAttentionUnderstanding"),
                eyfs.violations().stream().map(FieldViolation::field).toList());
        var ks2 = assertThrows(InvalidInput.class, () -> service.importKs2Results(COUNCIL,
                "UPN,URN,AcademicYear,FSM6,ReadingScore,MathsScore,WritingTA\r\n"
                        + "N861123428001,100001,2023/24,N,121,100,XYZ\r\n"));
        assertEquals(List.of("rows[2].ReadingScore", "rows[2].WritingTA"),
                ks2.violations().stream().map(FieldViolation::field).toList());
        var ks4 = assertThrows(InvalidInput.class, () -> service.importKs4Results(COUNCIL,
                "UPN,URN,AcademicYear,FSM6,Attainment8,Progress8,EnglishGrade,MathsGrade\r\n"
                        + "N861123428001,100002,2023/24,N,91,0,4,4\r\n"
                        + "N861123428001,100002,2023/24,N,40,0,10,4\r\n"));
        assertEquals(List.of("rows[2].Attainment8", "rows[3].EnglishGrade"),
                ks4.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'N861123428001'"));
    }

    @Test
    void a_caller_the_policy_refuses_stores_nothing() {
        assertThrows(AccessDenied.class, () -> service.importKs2Results(STRANGER,
                "UPN,URN,AcademicYear,FSM6,ReadingScore,MathsScore,WritingTA\r\n"
                        + "M861123425005,100001,2022/23,N,100,100,EXS\r\n"));
        assertEquals(0, admin.count("select count(*) from education_skills.ks2_result where academic_year = 2022"));
    }

    @Test
    void one_pupils_results_are_read_latest_year_first_authorised_and_audited() {
        String upn = "V861123424001";
        service.importEyfsProfiles(COUNCIL, "UPN,URN,AcademicYear,FSM," + GOALS + "\r\n"
                + profile(upn, "Y", EarlyLearningGoal.WRITING).replace(",2023/24,", ",2015/16,"));
        service.importKs2Results(COUNCIL, "UPN,URN,AcademicYear,FSM6,ReadingScore,MathsScore,WritingTA\r\n"
                + upn + ",100001,2021/22,Y,104,,EXS\r\n");
        service.importKs4Results(COUNCIL, "UPN,URN,AcademicYear,FSM6,Attainment8,Progress8,EnglishGrade,MathsGrade\r\n"
                + upn + ",100002,2025/26,Y,38.5,,4,3\r\n"
                + upn + ",100002,2026/27,Y,41,-0.25,5,4\r\n");
        long audited = admin.count("""
                select count(*) from governance.child_record_access a join education_skills.pupil p
                  on p.child_id = a.child_id where p.upn = ? and a.action = 'READ'""", upn);

        var read = service.pupilResults(COUNCIL, " v861123424001 ");
        assertEquals(upn, read.upn());
        var eyfs = read.eyfs().getFirst();
        assertEquals("2015/16", eyfs.academicYear());
        assertEquals(false, eyfs.goodLevelOfDevelopment(), "writing emerging: literacy not at the expected level");
        assertEquals(16, eyfs.goalsExpected().size());
        assertEquals(false, eyfs.goalsExpected().contains("WRITING"));
        var ks2 = read.ks2().getFirst();
        assertEquals(null, ks2.mathsScore(), "no maths score: not at the expected standard in RWM");
        assertEquals(false, ks2.expectedStandardRwm());
        assertEquals(List.of("2026/27", "2025/26"), read.ks4().stream().map(r -> r.academicYear()).toList());
        assertEquals(true, read.ks4().getFirst().englishAndMaths4());
        assertEquals(false, read.ks4().get(1).englishAndMaths4(), "maths at 3");
        assertEquals(new BigDecimal("-0.25"), read.ks4().getFirst().progress8());
        assertEquals(audited + 1, admin.count("""
                select count(*) from governance.child_record_access a join education_skills.pupil p
                  on p.child_id = a.child_id where p.upn = ? and a.action = 'READ'
                   and a.record_type = 'pupil-results'""", upn), "one READ of the pupil's results audited");

        assertThrows(AccessDenied.class, () -> service.pupilResults(STRANGER, upn));
        assertThrows(AccessDenied.class, () -> service.pupilResults(STRANGER, "B861123424005"),
                "an unknown UPN is refused alike to a caller who could not see it");
        assertThrows(org.cypf.kernel.problem.NotFound.class, () -> service.pupilResults(COUNCIL, "B861123424005"));
        var bad = assertThrows(InvalidInput.class, () -> service.pupilResults(COUNCIL, "X123"));
        assertEquals(List.of("upn"), bad.violations().stream().map(FieldViolation::field).toList());
    }
}
