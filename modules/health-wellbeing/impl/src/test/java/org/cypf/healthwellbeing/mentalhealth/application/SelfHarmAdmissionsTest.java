package org.cypf.healthwellbeing.mentalhealth.application;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImported;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Self-harm admissions by age band loaded from Fingertips' CSV layout on PostgreSQL, and their measures, on figures
 * worked out by hand. 2018/19 for E06000021: 45 of 15,000 aged 10-14 (300.0 per 100,000), 180 of 14,000 aged 15-19
 * (1,285.7) and 85 of 17,000 aged 20-24 (500.0): 310 admissions aged 10-24, as Room to Grow's Annex A counts them.
 * Standardised to the 2013 European Standard Population (5,500, 5,500 and 6,000):
 * (300 x 5500 + 1285.714 x 5500 + 500 x 6000) / 17000 = 689.5, where the crude rate would be 310 / 46,000 = 673.9.
 */
class SelfHarmAdmissionsTest {
    private static final Caller ANALYST = new Caller("ph.analyst", "nhs", Set.of(), null);
    private static final String HEADER = "Indicator Name,Area Code,Area Name,Sex,Age,Time period,Value,Count,Denominator\n";
    private static final String YEAR = HEADER
            + "Hospital admissions as a result of self-harm (10-24 years),E06000021,Stoke-on-Trent,Persons,10-24 yrs,"
            + "2018/19,689.5,310,46000\n"
            + "Hospital admissions as a result of self-harm (10-14 years),E06000021,Stoke-on-Trent,Persons,10-14 yrs,"
            + "2018/19,300.0,45,15000\n"
            + "Hospital admissions as a result of self-harm (15-19 years),E06000021,Stoke-on-Trent,Persons,15-19 yrs,"
            + "2018/19,1285.71428,180,14000\n"
            + "Hospital admissions as a result of self-harm (15-19 years),E06000021,Stoke-on-Trent,Female,15-19 yrs,"
            + "2018/19,2000,140,7000\n"
            + "\"Hospital admissions as a result of self-harm (20-24 years)\",E06000021,\"Stoke-on-Trent\",Persons,"
            + "20-24 yrs,2018/19,500,85,17000\n";
    private static TestDatabase.Target target;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static RecordingChildRecordAccess access;

    @BeforeAll
    static void setUp() {
        target = TestDatabase.fresh("self-harm admissions");
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        access = RecordingChildRecordAccess.forPartners(Set.of("nhs"));
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void tearDown() {
        health.close();
    }

    @BeforeEach
    void empty() {
        new AdminSql(target).execute("delete from health_wellbeing.self_harm_admissions");
        access.forget();
    }

    private static long held() {
        return new AdminSql(target).count("select count(*) from health_wellbeing.self_harm_admissions");
    }

    private static MeasureValue measure(String key, java.time.LocalDate asAt) {
        return context.measureSources().stream().filter(s -> s.measureKeys().contains(key)).findFirst()
                .map((MeasureSource s) -> s.compute(key, asAt)).orElseThrow();
    }

    @Test
    void a_fingertips_download_is_loaded_band_by_band_and_authorised_once_naming_no_child() {
        SelfHarmAdmissionsImported loaded = context.selfHarmAdmissionsImports().importFile(ANALYST, YEAR);

        assertEquals(new SelfHarmAdmissionsImported(5, 3, 0, 2), loaded, "the 10-24 total and the female row aside");
        assertEquals(3, held());
        var call = access.authorisations().getFirst();
        assertEquals(1, access.authorisations().size());
        assertEquals("self-harm-admissions", call.intent().recordType());
        assertEquals(RecordAction.IMPORT, call.intent().action());
        assertTrue(call.children().isEmpty(), "figures for an area name no child");
    }

    @Test
    void each_band_and_the_standardised_10_to_24_rate_are_measured_for_the_latest_year_ended() {
        context.selfHarmAdmissionsImports().importFile(ANALYST, YEAR);
        var asAt = of(2019, 6, 30);

        MeasureValue young = measure("health-wellbeing.self-harm-admissions-10-14", asAt);
        assertEquals(new BigDecimal("300.0"), young.value());
        assertEquals(45L, young.numerator());
        assertEquals(15_000L, young.denominator());
        assertEquals(new BigDecimal("1285.7"), measure("health-wellbeing.self-harm-admissions-15-19", asAt).value());
        assertEquals(new BigDecimal("500.0"), measure("health-wellbeing.self-harm-admissions-20-24", asAt).value());

        MeasureValue all = measure(MentalHealthMeasures.SELF_HARM_10_24, asAt);
        assertEquals(new BigDecimal("689.5"), all.value(), "directly standardised, not the crude 673.9");
        assertEquals(310L, all.numerator());
        assertEquals(46_000L, all.denominator());
        assertTrue(all.provenance().definition().contains("2018/19"), all.provenance().definition());
        assertEquals("health-wellbeing", all.provenance().context());

        // On 30 March 2019 the latest year ended is 2017/18, which is not loaded: 0 of 0.
        MeasureValue before = measure(MentalHealthMeasures.SELF_HARM_10_24, of(2019, 3, 30));
        assertEquals(new BigDecimal("0.0"), before.value());
        assertEquals(0L, before.denominator());
    }

    @Test
    void a_later_file_replaces_the_figures_it_repeats() {
        context.selfHarmAdmissionsImports().importFile(ANALYST, YEAR);
        var revised = context.selfHarmAdmissionsImports().importFile(ANALYST, HEADER
                + "x,E06000021,Stoke-on-Trent,Persons,10-14 yrs,2018/19,,60,15000\n"
                + "x,E06000021,Stoke-on-Trent,Persons,10-14 yrs,2019/20,,30,15000\n");

        assertEquals(new SelfHarmAdmissionsImported(2, 1, 1, 0), revised);
        assertEquals(4, held());
        assertEquals(new BigDecimal("400.0"),
                measure("health-wellbeing.self-harm-admissions-10-14", of(2019, 6, 30)).value());
    }

    @Test
    void a_file_with_any_wrong_row_is_refused_whole_naming_row_and_column_before_it_is_authorised() {
        String bad = HEADER
                + "x,E06000021,Stoke,Persons,10-14 yrs,2018/19,,45,15000\n"
                + "x,E06000021,Stoke,Persons,10-14 yrs,2018/19,,46,15000\n"    // line 3: the band again
                + "x,E06000021,Stoke,Persons,25-29 yrs,2018/19,,5,15000\n"     // line 4: not a band
                + "x,E06000021,Stoke,Persons,15-19 yrs,2018/2019,,5,15000\n"   // line 5: not a financial year
                + "x,E06000021,Stoke,Persons,20-24 yrs,2018/19,,,17000\n"      // line 6: suppressed count
                + "x,E06000021,Stoke,Persons,20-24 yrs,2019/20,99.9,85,17000\n"// line 7: value is not 500.0
                + "x,E06000022,Stoke,Persons,20-24 yrs,2020/21,,85,17000\n"    // line 8: a second area
                + "x,E06000021,Stoke,Persons,15-19 yrs,2027/28,,5,15000\n"     // line 9: not ended
                + "x,E06000021,Stoke,Persons,15-19 yrs,2021/22,,500,400\n"     // line 10: more than the population
                + "x,E06000021,Stoke,Unknown,15-19 yrs,2022/23,,5,400\n";      // line 11: not a sex Fingertips uses
        var refused = assertThrows(InvalidInput.class,
                () -> context.selfHarmAdmissionsImports().importFile(ANALYST, bad));

        List<String> fields = refused.violations().stream().map(FieldViolation::field).toList();
        assertEquals(List.of("rows[3].Age", "rows[4].Age", "rows[5].Time period", "rows[6].Count", "rows[7].Value",
                "rows[8].Area Code", "rows[9].Time period", "rows[10].Count", "rows[11].Sex"), fields);
        assertEquals(0, held(), "nothing stored");
        assertTrue(access.authorisations().isEmpty(), "refused input is never authorised, so never audited");
    }

    @Test
    void a_file_of_another_area_than_the_one_held_is_refused() {
        context.selfHarmAdmissionsImports().importFile(ANALYST, YEAR);
        access.forget();
        var refused = assertThrows(InvalidInput.class, () -> context.selfHarmAdmissionsImports().importFile(ANALYST,
                HEADER + "x,E08000028,Sandwell,Persons,10-14 yrs,2019/20,,30,15000\n"));
        assertEquals("Area Code", refused.violations().getFirst().field());
        assertTrue(refused.violations().getFirst().reason().contains("E06000021"));
        assertEquals(3, held());
        assertTrue(access.authorisations().isEmpty());
    }

    @Test
    void a_header_without_its_columns_is_refused_naming_each() {
        var refused = assertThrows(InvalidInput.class, () -> context.selfHarmAdmissionsImports().importFile(ANALYST,
                "Area Code,Sex,Age\nE06000021,Persons,10-14 yrs\n"));
        assertEquals(List.of("header.Time period", "header.Count", "header.Denominator"),
                refused.violations().stream().map(FieldViolation::field).toList());
    }
}
