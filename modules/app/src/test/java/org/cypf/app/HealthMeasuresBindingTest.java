package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S001's health measures, loaded from the seed file in the running app, bound to health's computed values through
 * governance's measure-source port: after a school nurse imports a reception year's measurements and a health
 * visitor loads a year's self-harm admissions, the scorecard shows health's figures with their provenance.
 */
class HealthMeasuresBindingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("health measures binding");
    }

    @AfterAll
    static void stop() {
        cypf.close();
    }

    private static Path seed(String file) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/strategies"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("docs/strategies not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/strategies").resolve(file);
    }

    @Test
    void s001s_health_measures_show_healths_computed_values_with_provenance() throws Exception {
        var loaded = cypf.postAs("/governance/strategies", "application/yaml",
                Files.readString(seed("s001-stoke-room-to-grow-2020-2024.yaml")));
        assertEquals(201, loaded.status(), loaded.body());
        String id = JSON.readTree(loaded.body()).get("strategyId").asText();

        // four reception children measured in October 2023: centiles 40, 60 (healthy), 90 (overweight), 97 (obese)
        StringBuilder csv = new StringBuilder("NHSNumber,ChildId,DateOfBirth,Date,SchoolYear,BmiCentile\n");
        String[] nhs = {"9434765919", "9434765870", "9434765862", "9434765854"};
        String[] centiles = {"40", "60", "90", "97"};
        for (int i = 0; i < 4; i++) {
            csv.append(nhs[i]).append(',').append(UUID.randomUUID()).append(",2018-09-0").append(i + 1)
                    .append(",2023-10-02,RECEPTION,").append(centiles[i]).append('\n');
        }
        var imported = cypf.postWith("/health-wellbeing/child-health/imports/child-measurements", "text/csv",
                csv.toString(), TestTokens.bearer("sn.oconnor", "nhs", "school-nurse"));
        assertEquals(200, imported.status(), imported.body());

        // 2023/24's self-harm admissions from a Fingertips download (the 10-24 total is left aside): refused to a
        // performance analyst, whose role sees only aggregates, by governance's policy; loaded by a health visitor.
        String selfHarm = "Area Code,Sex,Age,Time period,Value,Count,Denominator\n"
                + "E06000021,Persons,10-24 yrs,2023/24,689.5,310,46000\n"
                + "E06000021,Persons,10-14 yrs,2023/24,300.0,45,15000\n"
                + "E06000021,Persons,15-19 yrs,2023/24,1285.7,180,14000\n"
                + "E06000021,Persons,20-24 yrs,2023/24,500.0,85,17000\n";
        String load = "/health-wellbeing/mental-health/self-harm-admissions/imports";
        var refused = cypf.postWith(load, "text/csv", selfHarm,
                TestTokens.bearer("pa.lee", "council", "performance-analyst"));
        assertEquals(403, refused.status(), refused.body());
        var stored = cypf.postWith(load, "text/csv", selfHarm, TestTokens.bearer("hv.khan", "nhs", "health-visitor"));
        assertEquals(200, stored.status(), stored.body());
        assertEquals(3, JSON.readTree(stored.body()).get("added").asInt(), stored.body());

        JsonNode card = JSON.readTree(cypf.getAs("/governance/strategies/" + id + "/scorecard?date=2024-03-31").body());
        Map<String, JsonNode> health = new HashMap<>();
        for (JsonNode group : card.get("groups")) {
            for (JsonNode line : group.get("measures")) {
                if (line.at("/provenance/context").asText().equals("health-wellbeing")) {
                    health.put(line.at("/measureId").asText(), line);
                }
            }
        }
        assertEquals(9, health.size(), "S001's five health measures and the self-harm indicator with its three bands "
                + "are computed by health: " + health.keySet());
        JsonNode selfHarmLine = health.get("self-harm-hospital-admissions");
        assertEquals(689.5, selfHarmLine.at("/latest/value").asDouble(), selfHarmLine.toString());
        assertTrue(selfHarmLine.at("/provenance/definition").asText().contains("2023/24"), selfHarmLine.toString());
        assertEquals(1285.7, health.get("self-harm-hospital-admissions-15-19").at("/latest/value").asDouble());
        JsonNode healthy = health.get("children-of-healthy-weight-at-age-5");
        assertEquals(50.0, healthy.at("/latest/value").asDouble(), healthy.toString());
        assertTrue(healthy.at("/provenance/definition").asText().contains("NCMP"), healthy.toString());
        JsonNode overweight = health.get("children-overweight");
        assertFalse(overweight.hasNonNull("latest"), "no year 6 measured: a percentage of nobody is no value, not 0 %: "
                + overweight);
        assertEquals("NOTHING_TO_COUNT", overweight.at("/dataQuality/0").asText(), overweight.toString());
        assertEquals("health-wellbeing", overweight.at("/provenance/context").asText(), "still says who computed it");
    }
}
