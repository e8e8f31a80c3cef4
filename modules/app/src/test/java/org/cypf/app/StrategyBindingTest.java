package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cypf.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A strategy loaded from its seed file, in the running app: its children-looked-after measure is bound to social
 * care's computed value (through governance's measure-source port) and shows where the value came from.
 */
class StrategyBindingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("strategy binding");
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

    private static JsonNode json(RunningApplication.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void the_children_in_care_measure_of_a_seed_strategy_reports_social_cares_count_with_provenance() throws Exception {
        var loaded = cypf.postAs("/governance/strategies", "application/yaml",
                Files.readString(seed("s004-redcar-cleveland-cypf-2024-2027.yaml")));
        assertEquals(201, loaded.status(), loaded.body());
        String id = json(loaded).get("strategyId").asText();

        var entered = cypf.postAs("/social-care/periods-of-care", """
                {"child":{"localChildId":"R2001","dateOfBirth":"2016-02-01","sex":"1"},"startDate":"2025-01-06",
                 "legalStatus":"C2","categoryOfNeed":"N1","placement":{"placementType":"U4","provider":"PR1"}}""");
        assertEquals(201, entered.status(), entered.body());

        JsonNode card = json(cypf.getAs("/governance/strategies/" + id + "/scorecard?date=2025-03-31"));
        JsonNode inCare = null;
        for (JsonNode group : card.get("groups")) {
            for (JsonNode line : group.get("measures")) {
                if (line.at("/provenance/context").asText().equals("social-care")) {
                    inCare = line;
                }
            }
        }
        assertTrue(inCare != null, "a measure of the strategy is computed by social care: " + card);
        assertEquals(1, inCare.at("/latest/value").asInt(), "the one child recorded in care on 31 March 2025");
        assertEquals("2025-03-31", inCare.at("/latest/asAt").asText());
        assertTrue(inCare.at("/provenance/definition").asText().contains("SSDA903"));
        assertEquals(0, inCare.at("/previous/value").asInt(), "a year earlier nobody was in care");

        var pack = cypf.getAs("/governance/strategies/" + id + "/board-pack?meeting=2025-04-15");
        assertEquals(200, pack.status());
        assertTrue(pack.contentType().startsWith("text/html"));
        assertTrue(pack.body().contains("Children, Young People and Families Strategy"), pack.body());
    }
}
