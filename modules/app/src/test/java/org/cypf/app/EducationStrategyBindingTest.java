package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S004 loaded from its seed file in the running app, with a seeded term imported through education's routes: its
 * school attendance, suspensions and exclusions measures are computed by education and skills (through governance's
 * measure-source port), with provenance, beside the outturns the seed reports.
 */
class EducationStrategyBindingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICER = TestTokens.bearer("vso.jones", "council", "virtual-school-officer");
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("education strategy binding");
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

    /**
     * The officer is involved with none of these pupils yet, so the policy refuses a routine import (NOT-INVOLVED)
     * unless glass is broken, with a reason that is then reviewed: how a bulk import should be authorised is open.
     */
    private static void imported(String path, String csv) {
        var answer = cypf.postWith("/education-skills" + path, "text/csv", csv, OFFICER,
                "X-CYPF-Break-Glass", "seeding a term for the scorecard test");
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void s004s_attendance_suspensions_and_exclusions_are_computed_from_educations_records() throws Exception {
        var loaded = cypf.postAs("/governance/strategies", "application/yaml",
                Files.readString(seed("s004-redcar-cleveland-cypf-2024-2027.yaml")));
        assertEquals(201, loaded.status(), loaded.body());
        String id = JSON.readTree(loaded.body()).get("strategyId").asText();

        imported("/settings/register", "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
                + "Trusts (name),Postcode\r\n100001,Brook Primary,Community school,Primary,,\r\n");
        imported("/attendance", "UPN,URN,AcademicYear,Term,SessionsPossible,SessionsMissed\r\n"
                + "V861123424001,100001,2024/25,Autumn,140,13\r\n"
                + "J861123424002,100001,2024/25,Autumn,140,13\r\n"
                + "Y861123424003,100001,2024/25,Autumn,140,70\r\n"
                + "M861123424004,100001,2024/25,Autumn,140,20\r\n");
        imported("/exclusions", "UPN,URN,Category,Reason,StartDate,Sessions\r\n"
                + "V861123424001,100001,FIXD,PP,2024-11-04,2\r\n"
                + "J861123424002,100001,FIXD,DB,2025-01-10,4\r\n"
                + "M861123424004,100001,PERM,OW,2025-03-03,\r\n");

        JsonNode card = JSON.readTree(cypf.getAs("/governance/strategies/" + id + "/scorecard?date=2025-03-31").body());
        Map<String, JsonNode> lines = new HashMap<>();
        card.get("groups").forEach(g -> g.get("measures").forEach(m -> lines.put(m.get("measureId").asText(), m)));

        JsonNode attendance = lines.get("school-attendance");
        assertEquals("education-skills", attendance.at("/provenance/context").asText(), attendance.toString());
        assertEquals("50.0", attendance.at("/latest/value").asText(), "2 of the 4 pupils missed 10 % or more");
        assertEquals(2, attendance.at("/latest/numerator").asLong());
        assertEquals(4, attendance.at("/latest/denominator").asLong());
        assertTrue(attendance.at("/provenance/definition").asText().contains("persistent absence"));

        JsonNode suspensions = lines.get("suspensions");
        assertEquals("education-skills", suspensions.at("/provenance/context").asText());
        assertEquals(2, suspensions.at("/latest/value").asInt());
        assertEquals(8414, suspensions.at("/reported/value").asInt(), "beside the outturn the seed reports");

        JsonNode exclusions = lines.get("exclusions");
        assertEquals(1, exclusions.at("/latest/value").asInt());
        assertEquals(0, exclusions.at("/previous/value").asInt(), "a year earlier nobody was excluded");
        assertEquals(98, exclusions.at("/reported/value").asInt());
    }
}
