package org.cypf.educationskills.participation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.api.participation.ParticipationImported;
import org.cypf.educationskills.participation.adapter.out.csv.ActivityCsvReader;
import org.cypf.educationskills.participation.adapter.out.persistence.JooqActivityRecords;
import org.cypf.educationskills.shared.adapter.out.persistence.JooqPupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.measure.MeasureValue;
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

/** Post-16 participation imported on PostgreSQL and its measures reproduced from a hand-checked month. */
class ParticipationTest {
    private static final Caller COUNCIL = new Caller("data.officer", "council", Set.of(), null);
    private static final String HEADER = "UPN,Month,ActivityCode\r\n";
    private static final LocalDate AUGUST = LocalDate.of(2024, 8, 31);

    private static AdminSql admin;
    private static ContextDatabase education;
    private static ParticipationService service;
    private static ParticipationMeasures measures;

    @BeforeAll
    static void setUp() {
        var target = TestDatabase.fresh("participation");
        admin = new AdminSql(target);
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("council")).withAuditAsAdministrator(target);
        var records = new JooqActivityRecords(education);
        service = new ParticipationService(education, new ActivityCsvReader(), records, new JooqPupils(education),
                access.boundTo("education-skills"));
        measures = new ParticipationMeasures(education, records,
                Clock.fixed(AUGUST.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void tearDown() {
        education.close();
    }

    private static MeasureValue measure(String key, LocalDate on) {
        return measures.compute(key, on);
    }

    @Test
    void a_months_activities_give_eet_neet_not_known_and_apprenticeships_by_the_nccis_codes() {
        String file = HEADER
                + "Z861123429001,2024-08,110\r\n"     // EET: education
                + "N861123429002,2024-08,310\r\n"     // EET: apprenticeship
                + "C861123429003,2024-08,220\r\n"     // EET: employment
                + "R861123429004,2024-08,540\r\n"     // NEET active
                + "F861123429005,2024-08,620\r\n"     // NEET inactive: young carer
                + "V861123429006,2024-08,810\r\n"     // not known
                + "J861123429007,2024-08,710\r\n"     // custody: left out of the cohort
                + "Y861123429008,2024-08,130\r\n"     // EET
                + "Y861123429008,2024-07,540\r\n";    // another month: not counted in August
        assertEquals(new ParticipationImported(9, 8, 9, 0, 0), service.importActivities(COUNCIL, file));
        assertEquals(new ParticipationImported(9, 0, 0, 0, 9), service.importActivities(COUNCIL, file));

        MeasureValue eet = measure(ParticipationMeasures.EET, AUGUST);
        // 8 young people in August, one in custody: the cohort is the 7 others, and EET, NEET and not known are all of it
        assertEquals(new BigDecimal("57.1"), eet.value(), "4 of 7");
        assertEquals(4, eet.numerator());
        assertEquals(7, eet.denominator());
        MeasureValue neet = measure(ParticipationMeasures.NEET, AUGUST);
        MeasureValue notKnown = measure(ParticipationMeasures.NOT_KNOWN, AUGUST);
        assertEquals(new BigDecimal("28.6"), neet.value(), "2 of 7");
        assertEquals(new BigDecimal("14.3"), notKnown.value(), "1 of 7");
        assertEquals(eet.denominator(), eet.numerator() + neet.numerator() + notKnown.numerator(),
                "the published groups partition the cohort");
        assertEquals(new BigDecimal("1"), measure(ParticipationMeasures.APPRENTICESHIPS, AUGUST).value());
        assertEquals(new BigDecimal("100.0"), measure(ParticipationMeasures.NEET, LocalDate.of(2024, 7, 1)).value(),
                "July: the one young person recorded was NEET");

        // the not known young person is found in education: replaced, not added
        assertEquals(new ParticipationImported(1, 0, 0, 1, 0),
                service.importActivities(COUNCIL, HEADER + "V861123429006,2024-08,120\r\n"));
        assertEquals(new BigDecimal("0.0"), measure(ParticipationMeasures.NOT_KNOWN, AUGUST).value());
    }

    @Test
    void a_file_with_a_code_not_in_the_national_list_is_refused_naming_the_row_and_stores_nothing() {
        var refused = assertThrows(InvalidInput.class, () -> service.importActivities(COUNCIL, HEADER
                + "M861123429009,2024-09,560\r\n"
                + "M861123429009,2024/10,110\r\n"));
        assertEquals(List.of("rows[2].ActivityCode", "rows[3].Month"),
                refused.violations().stream().map(FieldViolation::field).toList());
        assertEquals(0, admin.count("select count(*) from education_skills.pupil where upn = 'M861123429009'"));
    }
}
