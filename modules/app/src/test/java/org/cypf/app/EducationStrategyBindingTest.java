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
     * The officer is involved with none of these pupils: an import is a data load under the data-sharing agreement,
     * decided by role and agreement and audited per pupil, with no glass to break (ADR 0044).
     */
    private static void imported(String path, String csv) {
        var answer = cypf.postWith("/education-skills" + path, "text/csv", csv, OFFICER);
        assertEquals(200, answer.status(), answer.body());
    }

    private static String s004Id;

    /** S004 loaded from its seed file, once for the tests of this class. */
    private static synchronized String s004() throws Exception {
        if (s004Id == null) {
            var loaded = cypf.postAs("/governance/strategies", "application/yaml",
                    Files.readString(seed("s004-redcar-cleveland-cypf-2024-2027.yaml")));
            assertEquals(201, loaded.status(), loaded.body());
            s004Id = JSON.readTree(loaded.body()).get("strategyId").asText();
        }
        return s004Id;
    }

    @Test
    void s004s_attendance_suspensions_and_exclusions_are_computed_from_educations_records() throws Exception {
        String id = s004();

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

    @Test
    void s004s_gld_ks2_ks4_and_eet_are_computed_from_educations_results_and_participation() throws Exception {
        String id = s004();
        imported("/settings/register", "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),"
                + "Trusts (name),Postcode\r\n100011,Brook Infants,Community school,Primary,,\r\n"
                + "100012,Hill High,Academy converter,Secondary,,\r\n");
        StringBuilder eyfs = new StringBuilder("UPN,URN,AcademicYear,FSM,ListeningAttentionUnderstanding,Speaking,"
                + "SelfRegulation,ManagingSelf,BuildingRelationships,GrossMotorSkills,FineMotorSkills,Comprehension,"
                + "WordReading,Writing,Number,NumericalPatterns,PastAndPresent,PeopleCultureCommunities,NaturalWorld,"
                + "CreatingWithMaterials,BeingImaginativeExpressive\r\n");
        // 4 of 5 at the expected level everywhere; the fifth emerging in Number (mathematics): GLD 80.0 %
        String[] upns = {"F861123425001", "V861123425002", "J861123425003", "Y861123425004", "M861123425005"};
        for (int i = 0; i < upns.length; i++) {
            eyfs.append(upns[i]).append(",100011,2024/25,N");
            for (int goal = 0; goal < 17; goal++) {
                eyfs.append(i == 4 && goal == 10 ? ",Emerging" : ",Expected");
            }
            eyfs.append("\r\n");
        }
        imported("/results/eyfs", eyfs.toString());
        imported("/results/ks2", "UPN,URN,AcademicYear,FSM6,ReadingScore,MathsScore,WritingTA\r\n"
                + "R861123426001,100011,2024/25,N,100,105,EXS\r\n"
                + "F861123426002,100011,2024/25,Y,112,110,GDS\r\n"
                + "V861123426003,100011,2024/25,N,99,120,GDS\r\n"
                + "J861123426004,100011,2024/25,Y,,100,EXS\r\n");
        imported("/results/ks4", "UPN,URN,AcademicYear,FSM6,Attainment8,Progress8,EnglishGrade,MathsGrade\r\n"
                + "C861123427001,100012,2024/25,N,50.5,0.25,5,4\r\n"
                + "R861123427002,100012,2024/25,Y,40,-0.5,4,4\r\n"
                + "F861123427003,100012,2024/25,Y,30.25,,3,6\r\n"
                + "V861123427004,100012,2024/25,N,60,1.00,7,8\r\n");
        imported("/participation", "UPN,Month,ActivityCode\r\n"
                + "Z861123429001,2025-03,110\r\nN861123429002,2025-03,310\r\nC861123429003,2025-03,220\r\n"
                + "R861123429004,2025-03,540\r\n");

        JsonNode card = JSON.readTree(cypf.getAs("/governance/strategies/" + id + "/scorecard?date=2025-03-31").body());
        Map<String, JsonNode> lines = new HashMap<>();
        card.get("groups").forEach(g -> g.get("measures").forEach(m -> lines.put(m.get("measureId").asText(), m)));

        JsonNode gld = lines.get("eyfs-good-level-of-development");
        assertEquals("education-skills", gld.at("/provenance/context").asText(), gld.toString());
        assertEquals("80.0", gld.at("/latest/value").asText(), "4 of 5");
        assertEquals("66.9", gld.at("/reported/value").asText(), "beside the outturn the seed reports");
        assertEquals("50.0", lines.get("ks2-attainment").at("/latest/value").asText(), "2 of 4 at RWM");
        assertEquals("45.19", lines.get("ks4-attainment").at("/latest/value").asText(), "180.75 / 4");
        assertEquals(75.0, lines.get("young-people-in-eet").at("/latest/value").asDouble(), 1e-9, "3 of 4 in March");
    }
}
