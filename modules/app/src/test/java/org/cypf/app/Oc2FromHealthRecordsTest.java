package org.cypf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's last Done-means, in the running app: a child enters care in social care, health opens the child's
 * health record from the {@code child-entered-care} event, a health visitor records the year's checks, and social
 * care's SSDA903 export carries the child's OC2 row from health's published records (ADR 0077) — only once every
 * value of the row is held, so that no row breaks the DfE's rule that an OC2 row is complete.
 */
class Oc2FromHealthRecordsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String HEALTH_VISITOR = TestTokens.bearer("hv.khan", "nhs", "health-visitor");
    private static final String TEAM_MANAGER = TestTokens.bearer("tm.patel", "council", "team-manager");
    private static RunningCypf cypf;

    @BeforeAll
    static void start() {
        cypf = RunningCypf.start("OC2 from health's records");
    }

    @AfterAll
    static void stop() {
        cypf.close();
    }

    @Test
    void the_ssda903_export_carries_the_oc2_row_from_healths_records_once_every_value_is_held() throws Exception {
        // Looked after since May 2023: in 2024-25's OC2 cohort (12 months continuously at 31 March 2025); aged 10,
        // so an SDQ is due and no development check is.
        var entered = cypf.postAs("/social-care/periods-of-care", """
                {"child": {"localChildId": "OC2A", "dateOfBirth": "2014-06-01", "sex": "1"},
                 "startDate": "2023-05-01", "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"placementType": "U4", "provider": "PR1", "postcode": "ST4 1AB"}}""");
        assertEquals(201, entered.status(), entered.body());
        String childId = entered.json().get("childId").asText();
        var allocated = cypf.sendWith("POST", "/governance/involvements", """
                {"childId": "%s", "userId": "hv.khan", "organisation": "nhs", "kind": "ALLOCATED-WORKER",
                 "validFrom": "2023-05-01"}""".formatted(childId), TEAM_MANAGER);
        assertEquals(201, allocated.status(), allocated.body());

        JsonNode record = eventually("health has opened the child's record from child-entered-care", () -> {
            var records = cypf.getWith("/health-wellbeing/children-in-care/children/" + childId + "/records",
                    HEALTH_VISITOR);
            return records.status() == 200 && records.json().get("records").size() == 1
                    ? records.json().get("records").get(0) : null;
        });
        String recordId = record.get("recordId").asText();
        long version = record.get("version").asLong();
        for (String check : new String[] {
                "\"kind\": \"HEALTH_ASSESSMENT\", \"checkedOn\": \"2024-06-03\"",
                "\"kind\": \"DENTAL_CHECK\", \"checkedOn\": \"2024-07-01\"",
                "\"kind\": \"IMMUNISATIONS\", \"checkedOn\": \"2024-08-01\", \"upToDate\": true",
                "\"kind\": \"SDQ\", \"checkedOn\": \"2024-09-02\", \"sdqScore\": 14"}) {
            var recorded = cypf.sendWith("POST", "/health-wellbeing/children-in-care/records/" + recordId + "/checks",
                    "{" + check + ", \"version\": " + version + "}", HEALTH_VISITOR);
            assertEquals(200, recorded.status(), recorded.body());
            version = recorded.json().get("version").asLong();
        }

        // Health holds its values, social care has not recorded CONVICTED: no row for the child yet.
        String before = exportedChild("OC2A");
        assertFalse(before.contains("<OC2>"), before);

        var convicted = cypf.sendWith("PUT", "/social-care/returns/ssda903/2024/children/" + childId + "/convicted",
                "{\"convicted\": false}", TestTokens.bearer("sw.smith", "council", "social-worker"));
        assertEquals(200, convicted.status(), convicted.body());

        String after = exportedChild("OC2A");
        assertTrue(after.contains("<OC2><SDQ_SCORE>14</SDQ_SCORE><CONVICTED>0</CONVICTED><IMMUNISATIONS>1</IMMUNISATIONS>"
                + "<TEETH_CHECK>1</TEETH_CHECK><HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT>"
                + "<SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE></OC2>"), after);
    }

    /** The child's {@code <Child>} element of 2024-25's SSDA903 return in the XML layout. */
    private static String exportedChild(String localChildId) {
        var exported = cypf.getAs("/social-care/returns/ssda903/2024?layout=xml");
        assertEquals(200, exported.status(), exported.body());
        String xml = exported.body();
        int header = xml.indexOf("<CHILD>" + localChildId + "</CHILD>");
        assertTrue(header >= 0, xml);
        int start = xml.lastIndexOf("<Child>", header);
        int end = xml.indexOf("</Child>", header);
        return xml.substring(start, end);
    }

    private static <T> T eventually(String what, java.util.function.Supplier<T> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
