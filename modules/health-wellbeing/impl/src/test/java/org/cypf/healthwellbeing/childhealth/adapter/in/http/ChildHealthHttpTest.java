package org.cypf.healthwellbeing.childhealth.adapter.in.http;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.healthwellbeing.HealthWellbeingContext;
import org.cypf.healthwellbeing.shared.NhsNumbers;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.platform.json.JsonMapping;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.TestTokens;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.context.SecuredRouting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Child health imports over a real socket on PostgreSQL: a file with a bad row is refused whole naming row, column
 * and rule; good files are stored once; the measures over them are checked by hand.
 */
class ChildHealthHttpTest {
    private static final String IMPORTS = "/health-wellbeing/child-health/imports/";
    private static final LocalDate AS_AT = of(2026, 8, 31);

    private static AdminSql admin;
    private static ContextDatabase health;
    private static HealthWellbeingContext context;
    private static WebServer server;
    private static Http1Client client;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("child health http");
        admin = new AdminSql(target);
        health = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "health_wellbeing", 2);
        var access = RecordingChildRecordAccess.forPartners(Set.of("nhs")).withAuditAsAdministrator(target);
        context = new HealthWellbeingContext(health, access,
                Clock.fixed(of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        server = WebServer.builder().host("localhost").port(0)
                .routing(routing -> {
                    SecuredRouting.prepare(routing);
                    routing.register(HealthWellbeingContext.PATH, context.http());
                })
                .build().start();
        client = Http1Client.builder().baseUri("http://localhost:" + server.port()).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        health.close();
    }

    private static JsonNode upload(String kind, String csv, int status) {
        try (var response = client.post(IMPORTS + kind)
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sn.oconnor", "nhs", "school-nurse"))
                .header(HeaderNames.CONTENT_TYPE, "text/csv").submit(csv)) {
            JsonNode body = JsonMapping.clients().readTree(response.as(String.class));
            assertEquals(status, response.status().code(), body.toString());
            if (status == 400) {
                assertEquals(ProblemResponses.MEDIA_TYPE, response.headers().get(HeaderNames.CONTENT_TYPE).get());
            }
            return body;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String row(int n, String born, String rest) {
        return NhsNumbers.valid(n) + "," + ChildId.newId() + "," + born + "," + rest + "\n";
    }

    private static MeasureValue measure(String key) {
        return context.measureSources().stream().filter(s -> s.measureKeys().contains(key)).findFirst().orElseThrow()
                .compute(key, AS_AT);
    }

    private static long stored() {
        return admin.count("select count(*) from health_wellbeing.child_health_observation");
    }

    @Test
    void a_file_with_a_bad_row_is_refused_whole_naming_the_row_the_column_and_the_rule() {
        long before = stored();
        JsonNode problem = upload("child-measurements", "NHSNumber,ChildId,DateOfBirth,Date,SchoolYear,BmiCentile\n"
                + row(1, "2020-09-10", "2025-11-04,RECEPTION,50")
                + row(2, "2020-09-11", "2025-11-04,YEAR_7,101")
                + "9434765918," + ChildId.newId() + ",2020-09-12,2025-11-04,RECEPTION,40\n", 400);
        String text = problem.toString();
        assertTrue(text.contains("rows[3].SchoolYear") && text.contains("RECEPTION, YEAR_6"), text);
        assertTrue(text.contains("rows[3].BmiCentile") && text.contains("from 0 to 100"), text);
        assertTrue(text.contains("rows[4].NHSNumber") && text.contains("check digit"), text);
        assertEquals(before, stored());
        JsonNode missing = upload("births", "NHSNumber,ChildId,DateOfBirth,Date\n" + row(3, "2026-01-01", "2026-01-01"),
                400);
        assertEquals("header.BirthWeightGrams", missing.at("/errors/0/field").asText());
        upload("vaccines", "NHSNumber\n1\n", 400);
    }

    @Test
    void measures_over_imported_files_match_the_hand_count() {
        // reception: centiles 1 (under), 50, 84.99 (healthy), 85 (over), 95, 99 (obese): excess 3 of 6 = 50.0 %
        String header = "NHSNumber,ChildId,DateOfBirth,Date,SchoolYear,BmiCentile\n";
        JsonNode stored = upload("child-measurements", header + row(10, "2020-08-01", "2025-10-01,RECEPTION,1")
                + row(11, "2020-08-01", "2025-10-01,RECEPTION,50") + row(12, "2020-08-01", "2025-10-01,RECEPTION,84.99")
                + row(13, "2020-08-01", "2025-10-01,RECEPTION,85") + row(14, "2020-08-01", "2025-10-01,RECEPTION,95")
                + row(15, "2020-08-01", "2025-10-01,RECEPTION,99")
                + row(16, "2014-10-01", "2025-10-01,YEAR_6,96"), 200);
        assertEquals(7, stored.get("added").asInt());
        assertEquals(new BigDecimal("50.0"), measure("health-wellbeing.excess-weight-reception").value());
        assertEquals(new BigDecimal("33.3"), measure("health-wellbeing.healthy-weight-reception").value());
        assertEquals(new BigDecimal("33.3"), measure("health-wellbeing.obesity-reception").value());
        assertEquals(new BigDecimal("100.0"), measure("health-wellbeing.excess-weight-year-6").value());

        upload("births", "NHSNumber,ChildId,DateOfBirth,Date,BirthWeightGrams\n"
                + row(20, "2026-01-10", "2026-01-10,2499") + row(21, "2026-01-11", "2026-01-11,2500")
                + row(22, "2026-01-12", "2026-01-12,3400") + row(23, "2026-01-13", "2026-01-13,3100"), 200);
        var low = measure("health-wellbeing.low-birth-weight");
        assertEquals(1L, low.numerator(), "under 2,500 g only");
        assertEquals(4L, low.denominator());

        upload("infant-feeding", "NHSNumber,ChildId,DateOfBirth,Date,FeedingStatus\n"
                + row(30, "2026-01-10", "2026-02-25,totally") + row(31, "2026-01-10", "2026-02-25,PARTIALLY")
                + row(32, "2026-01-10", "2026-02-25,NOT_AT_ALL"), 200);
        assertEquals(new BigDecimal("66.7"), measure("health-wellbeing.breastfeeding-at-6-8-weeks").value());

        upload("oral-health", "NHSNumber,ChildId,DateOfBirth,Date,Dmft\n"
                + row(40, "2020-08-01", "2026-03-01,0") + row(41, "2020-08-01", "2026-03-01,3"), 200);
        assertEquals(new BigDecimal("50.0"), measure("health-wellbeing.decay-at-five").value());

        // fifth birthdays in the year to 31 August 2026: rows 50 (MMR2 before), 51 (MMR2 after the birthday);
        // row 52 turns five in 2027 and is not counted
        JsonNode mmr = upload("immunisations", "NHSNumber,ChildId,DateOfBirth,Date,Vaccine\n"
                + row(50, "2021-03-01", "2024-09-01,MMR2") + row(51, "2021-04-01", "2026-05-01,MMR2")
                + row(52, "2022-04-01", "2025-09-01,MMR2"), 200);
        assertEquals(3, mmr.get("added").asInt());
        var byFive = measure("health-wellbeing.mmr2-by-five");
        assertEquals(2L, byFive.denominator(), byFive.toString());
        assertEquals(1L, byFive.numerator());
        assertEquals("health-wellbeing", byFive.provenance().context());
    }
}
