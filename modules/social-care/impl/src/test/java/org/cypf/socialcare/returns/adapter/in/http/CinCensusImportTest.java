package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The CIN census import of 2024-25 over HTTP, on a database of its own, with a file written as another system would
 * write one, with the faults real files have:
 * <pre>
 * C1 a girl with a UPN: referral 03/09/2024 (2A, N1); assessment 04/09-02/10/2024 (3B, 4B); section 47 03/10/2024,
 *    ICPC 22/10/2024; child protection plan 22/10/2024-20/03/2025 NEG then EMO, reviewed 20/01/2025. Valid.
 * C2 a boy with no UPN (UN1), two disabilities: referral 10/05/2024 (5A, N2) closed 28/02/2025 RC1, a CIN plan
 *    20/06/2024-28/02/2025, and a referral 15/03/2025 still open (1A, N3). Valid.
 * N3 a referral with no further action (6), closed RC8 on 05/11/2024: UN7, NOBT, no disabilities. Valid, with the
 *    query 8825Q (RC8 says "after assessment").
 * Q4 a UPN with the right shape and a wrong check letter: stored, with the query 1510.
 * E5 an unknown referral source (ZZ), a closure before the referral (8630), no primary need with further action
 *    (8610), an assessment authorised before it started (8608), an unknown category of abuse (8905), a date of death
 *    before the date of birth (8535Q, a query) and so before the referral (8555, an error). Held back.
 * E6 no ethnicity (4220) and a referral date that is not a date. Held back.
 * E7 every other fault a DfE rule numbers: born after the year (8520), sex X (4180), NONE beside MOB twice (8790,
 *    8794); a referral with no further action closed with no reason (8805) yet assessed (8831) before it was made
 *    (1103), the assessment open from before the year (8736) with factors (8614), a CIN plan (4000) that starts
 *    before the referral (4015) and ends before it starts (4011), a child protection plan (8832); a second referral
 *    with a reason but no closure date (8810), factors 21 beside 3B twice (8869, 8898), a section 47 before the
 *    referral (2889) whose conference came before it started (8615), another open since before the year (8740);
 *    plans before the referral (1105), ending the day they start (8840), with no start (8720), ending before they
 *    start (8925) or after the year (8930), reviewed on the day the plan started (8841), with no number of previous
 *    plans (8730); and the rules that set its records beside each other: the second referral within the first
 *    (8820), the first closed with its assessment open (8867), the conference before the referral (1104) on a
 *    Saturday (8875) while another enquiry was open (8890), plans overlapping (8940). Held back.
 * W8 only what the DfE queries: a former UPN of the wrong shape (1560Q), an assessment authorised with no factors and
 *    one with a factor not of the list (8897Q). Stored.
 * </pre>
 */
@ServerTest
class CinCensusImportTest {
    private static final String PATH = "/social-care/returns/cin-census/2024";
    private static SocialCareFixture f;
    private final Http1Client client;
    private final CaseworkClient http;

    CinCensusImportTest(Http1Client client) {
        this.client = client;
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "cin census import");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String file() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message>
                  <Header>
                    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                    <Source><SourceLevel>L</SourceLevel><LEA>861</LEA><SoftwareCode>OtherSystem</SoftwareCode></Source>
                  </Header>
                  <Children>
                    <Child>
                      <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A861200101002</UPN><PersonBirthDate>2016-05-20</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-09-03</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-09-04</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-10-02</AssessmentAuthorisationDate>
                          <FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                        <Section47><S47ActualStartDate>2024-10-03</S47ActualStartDate><InitialCPCtarget>2024-10-24</InitialCPCtarget><DateOfInitialCPC>2024-10-22</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
                        <ChildProtectionPlans><CPPstartDate>2024-10-22</CPPstartDate><CPPendDate>2025-03-20</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                          <Reviews><CPPreviewDate>2025-01-20</CPPreviewDate></Reviews></ChildProtectionPlans>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>C2</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2012-01-15</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>APKN</Ethnicity><Disabilities><Disability>MOB</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-05-10</CINreferralDate><ReferralSource>5A</ReferralSource><PrimaryNeedCode>N2</PrimaryNeedCode><CINclosureDate>2025-02-28</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-05-13</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-06-14</AssessmentAuthorisationDate>
                          <FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                        <CINPlanDates><CINPlanStartDate>2024-06-20</CINPlanStartDate><CINPlanEndDate>2025-02-28</CINPlanEndDate></CINPlanDates>
                      </CINdetails>
                      <CINdetails>
                        <CINreferralDate>2025-03-15</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N3</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>N3</LAchildID><UPNunknown>UN7</UPNunknown><PersonBirthDate>2010-03-03</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-11-01</CINreferralDate><ReferralSource>6</ReferralSource><CINclosureDate>2024-11-05</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>1</ReferralNFA>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>Q4</LAchildID><UPN>B861200101002</UPN><PersonBirthDate>2019-07-07</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>BAFR</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2025-01-06</CINreferralDate><ReferralSource>3A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2025-01-07</AssessmentActualStartDate></Assessments>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>E5</LAchildID><UPNunknown>UN2</UPNunknown><PersonBirthDate>2015-02-02</PersonBirthDate><Sex>F</Sex><PersonDeathDate>2014-01-01</PersonDeathDate></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-08-01</CINreferralDate><ReferralSource>ZZ</ReferralSource><CINclosureDate>2024-07-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-08-10</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-08-05</AssessmentAuthorisationDate></Assessments>
                        <ChildProtectionPlans><CPPstartDate>2024-08-20</CPPstartDate><InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>E6</LAchildID><UPNunknown>UN2</UPNunknown><PersonBirthDate>2013-04-04</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-31-12</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>E7</LAchildID><UPNunknown>UN2</UPNunknown><PersonBirthDate>2025-05-01</PersonBirthDate><Sex>X</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability><Disability>MOB</Disability><Disability>MOB</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>2024-12-01</CINclosureDate><ReferralNFA>1</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-03-01</AssessmentActualStartDate>
                          <FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                        <CINPlanDates><CINPlanStartDate>2024-05-01</CINPlanStartDate><CINPlanEndDate>2024-04-20</CINPlanEndDate></CINPlanDates>
                        <ChildProtectionPlans><CPPstartDate>2024-07-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                      </CINdetails>
                      <CINdetails>
                        <CINreferralDate>2024-09-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-09-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-10-01</AssessmentAuthorisationDate>
                          <FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                        <Section47><S47ActualStartDate>2024-08-15</S47ActualStartDate><DateOfInitialCPC>2024-08-10</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
                        <Section47><S47ActualStartDate>2024-03-15</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47>
                        <ChildProtectionPlans><CPPstartDate>2024-08-20</CPPstartDate><CPPendDate>2024-08-20</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                          <Reviews><CPPreviewDate>2024-08-20</CPPreviewDate></Reviews></ChildProtectionPlans>
                        <ChildProtectionPlans><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                        <ChildProtectionPlans><CPPstartDate>2024-10-01</CPPstartDate><CPPendDate>2024-09-01</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                        <ChildProtectionPlans><CPPstartDate>2024-11-01</CPPstartDate><CPPendDate>2025-04-15</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>W8</LAchildID><FormerUPN>12345</FormerUPN><UPNunknown>UN1</UPNunknown><PersonBirthDate>2012-02-02</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2024-06-03</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                        <Assessments><AssessmentActualStartDate>2024-06-04</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate></Assessments>
                        <Assessments><AssessmentActualStartDate>2024-07-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-08-01</AssessmentAuthorisationDate>
                          <FactorsIdentifiedAtAssessment><AssessmentFactors>99</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                      </CINdetails>
                    </Child>
                  </Children>
                </Message>
                """;
    }

    private Http1ClientResponse post(String query, String accept, String xml) {
        var request = http.as(client.post(PATH), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/xml");
        if (!query.isEmpty()) {
            request = request.queryParam("dryRun", query.substring("?dryRun=".length()));
        }
        if (accept != null) {
            request = request.header(HeaderNames.ACCEPT, accept);
        }
        return request.submit(xml);
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return SocialCareFixture.json(body);
        }
    }

    private Answer send(String query, String accept, String xml) {
        try (Http1ClientResponse r = post(query, accept, xml)) {
            return new Answer(r.status().code(), r.as(String.class));
        }
    }

    private String export() {
        try (Http1ClientResponse r = http.as(client.get(PATH), SocialCareFixture.PARTNER).request()) {
            assertEquals(200, r.status().code());
            return r.as(String.class);
        }
    }

    private static List<String> issues(JsonNode problem, String child, String severity) {
        List<String> out = new ArrayList<>();
        StreamSupport.stream(problem.path("errors").spliterator(), false)
                .filter(e -> child.equals(e.path("child").asText()) && severity.equals(e.path("severity").asText()))
                .forEach(e -> out.add(e.path("rule").asText("") + "|" + e.path("column").asText("") + "|"
                        + e.path("reason").asText()));
        return out;
    }

    private static boolean hasRule(List<String> issues, String rule, String column) {
        return issues.stream().anyMatch(i -> i.startsWith(rule + "|" + column));
    }

    @Test
    void stores_the_valid_children_holds_back_the_faulty_ones_whole_and_names_every_error_with_its_rule() {
        long childrenBefore = f.count("select count(*) from social_care.child");

        // A dry run checks everything and stores nothing.
        Answer dry = send("?dryRun=true", null, file());
        assertEquals(422, dry.status(), dry.body());
        assertTrue(dry.json().path("result").path("dryRun").asBoolean());
        assertEquals(5, dry.json().path("result").path("childrenStored").asInt(), dry.body());
        assertEquals(3, dry.json().path("result").path("childrenHeldBack").asInt(), dry.body());
        assertEquals(childrenBefore, f.count("select count(*) from social_care.child"), "a dry run stores no child");
        assertEquals(0, f.count("select count(*) from social_care.cin_census_returned"), "nor any episode");

        Answer imported = send("", null, file());
        assertEquals(422, imported.status(), imported.body());
        JsonNode problem = imported.json();
        JsonNode result = problem.path("result");
        assertEquals(5, result.path("childrenStored").asInt(), imported.body());
        assertEquals(3, result.path("childrenHeldBack").asInt());
        assertEquals(6, result.path("episodesAdded").asInt(), "C1 one, C2 two, N3 one, Q4 one, W8 one");

        // Every error of E5, each with its rule (where the DfE numbers one) and the element it is about.
        List<String> e5 = issues(problem, "E5", "error");
        assertTrue(hasRule(e5, "8866", "CINdetails[1].ReferralSource"), e5.toString());
        assertTrue(hasRule(e5, "8630", "CINdetails[1].CINclosureDate"), e5.toString());
        assertTrue(hasRule(e5, "8610", "CINdetails[1].PrimaryNeedCode"), e5.toString());
        assertTrue(hasRule(e5, "8608", "CINdetails[1].Assessments[1].AssessmentAuthorisationDate"), e5.toString());
        assertTrue(hasRule(e5, "8905", "CINdetails[1].ChildProtectionPlans[1].InitialCategoryOfAbuse"), e5.toString());
        assertTrue(hasRule(e5, "8555", "CINdetails[1].CINreferralDate"), e5.toString());
        assertTrue(hasRule(issues(problem, "E5", "warning"), "8535Q", "ChildIdentifiers.PersonDeathDate"),
                problem.toString());
        assertTrue(e5.stream().filter(i -> i.startsWith("8630|")).allMatch(i -> i.contains("DfE rule 8630")),
                "the message names the rule: " + e5);
        List<String> e6 = issues(problem, "E6", "error");
        assertTrue(hasRule(e6, "4220", "ChildCharacteristics.Ethnicity"), e6.toString());
        assertTrue(hasRule(e6, "", "CINdetails[1].CINreferralDate"), e6.toString());
        // E7: every other check a DfE rule numbers names its rule, in the column and in the message.
        List<String> e7 = issues(problem, "E7", "error");
        String c1 = "CINdetails[1].";
        String c2 = "CINdetails[2].";
        for (String[] expected : new String[][] {
                {"8520", "ChildIdentifiers.PersonBirthDate"}, {"4180", "ChildIdentifiers.Sex"},
                {"8790", "ChildCharacteristics.Disabilities"}, {"8794", "ChildCharacteristics.Disabilities"},
                {"8805", c1 + "ReasonForClosure"}, {"8831", c1 + "ReferralNFA"}, {"8832", c1 + "ReferralNFA"},
                {"4000", c1 + "ReferralNFA"}, {"1103", c1 + "Assessments[1].AssessmentActualStartDate"},
                {"8736", c1 + "Assessments[1].AssessmentActualStartDate"},
                {"8614", c1 + "Assessments[1].FactorsIdentifiedAtAssessment"},
                {"4015", c1 + "CINPlanDates[1].CINPlanStartDate"}, {"4011", c1 + "CINPlanDates[1].CINPlanEndDate"},
                {"8810", c2 + "CINclosureDate"},
                {"8869", c2 + "Assessments[1].FactorsIdentifiedAtAssessment.AssessmentFactors"},
                {"8898", c2 + "Assessments[1].FactorsIdentifiedAtAssessment.AssessmentFactors[3]"},
                {"2889", c2 + "Section47[1].S47ActualStartDate"}, {"8615", c2 + "Section47[1].DateOfInitialCPC"},
                {"8740", c2 + "Section47[2].S47ActualStartDate"},
                {"1105", c2 + "ChildProtectionPlans[1].CPPstartDate"}, {"8840", c2 + "ChildProtectionPlans[1].CPPendDate"},
                {"8730", c2 + "ChildProtectionPlans[1].NumberOfPreviousCPP"},
                {"8841", c2 + "ChildProtectionPlans[1].Reviews.CPPreviewDate[1]"},
                {"8720", c2 + "ChildProtectionPlans[2].CPPstartDate"},
                {"8925", c2 + "ChildProtectionPlans[3].CPPendDate"}, {"8930", c2 + "ChildProtectionPlans[4].CPPendDate"},
                {"8820", c2 + "CINreferralDate"}, {"8867", c1 + "Assessments[1].AssessmentAuthorisationDate"},
                {"1104", c2 + "Section47[1].DateOfInitialCPC"}, {"8875", c2 + "Section47[1].DateOfInitialCPC"},
                {"8890", c2 + "Section47[1].S47ActualStartDate"}, {"8940", c2 + "ChildProtectionPlans[1].CPPstartDate"}}) {
            assertTrue(hasRule(e7, expected[0], expected[1]), expected[0] + " at " + expected[1] + " in " + e7);
            assertTrue(e7.stream().filter(i -> i.startsWith(expected[0] + "|" + expected[1]))
                    .allMatch(i -> i.contains("DfE rule " + expected[0])), "the message names " + expected[0]);
        }
        // W8: what the DfE only queries is shown and stored, never held back.
        List<String> w8 = issues(problem, "W8", "warning");
        assertTrue(hasRule(w8, "1560Q", "ChildIdentifiers.FormerUPN"), w8.toString());
        assertTrue(hasRule(w8, "8897Q", c1 + "Assessments[1].FactorsIdentifiedAtAssessment"), w8.toString());
        assertTrue(hasRule(w8, "8897Q", c1 + "Assessments[2].FactorsIdentifiedAtAssessment.AssessmentFactors[1]"),
                w8.toString());
        assertTrue(issues(problem, "W8", "error").isEmpty(), problem.toString());
        // Queries never block.
        assertTrue(hasRule(issues(problem, "Q4", "warning"), "1510", "ChildIdentifiers.UPN"), problem.toString());
        assertTrue(hasRule(issues(problem, "N3", "warning"), "8825Q", "CINdetails[1].ReasonForClosure"));
        assertTrue(issues(problem, "C1", "error").isEmpty() && issues(problem, "Q4", "error").isEmpty());

        assertEquals(childrenBefore + 5, f.count("select count(*) from social_care.child"));
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id in ('E5', 'E6', 'E7')"),
                "a child with an error is held back whole");
        assertEquals("WBRI", f.rows("select ethnicity from social_care.child where la_child_id = 'C1'")
                .getFirst().get(0, String.class));
        assertEquals(1, f.count("select count(*) from social_care.cin_census_child c join social_care.child ch "
                + "using (child_id) where ch.la_child_id = 'C2' and c.upn_unknown = 'UN1' and c.disabilities = "
                + "'{MOB,HAND}'"));

        // The issues as CSV, the way analysts work through them.
        Answer csv = send("?dryRun=true", "text/csv", file());
        assertEquals(200, csv.status());
        String[] lines = csv.body().split("\r\n");
        assertEquals("child,file,line,column,rule,message,severity", lines[0]);
        assertTrue(csv.body().contains("E5,cin-census-2024-25.xml,"), csv.body());
        assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith("E5,") && l.contains(",8630,")
                && l.endsWith(",error")), csv.body());
        assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith("Q4,") && l.contains(",1510,")
                && l.endsWith(",warning")), csv.body());

        // Importing the same file again changes nothing.
        long returned = f.count("select count(*) from social_care.cin_census_returned");
        String exported = export();
        Answer again = send("", null, file());
        assertEquals(422, again.status());
        assertEquals(5, again.json().path("result").path("childrenStored").asInt());
        assertEquals(0, again.json().path("result").path("episodesAdded").asInt(), again.body());
        assertEquals(6, again.json().path("result").path("episodesUnchanged").asInt(), again.body());
        assertEquals(childrenBefore + 5, f.count("select count(*) from social_care.child"));
        assertEquals(returned, f.count("select count(*) from social_care.cin_census_returned"));
        assertEquals(exported, export(), "a re-import leaves the year's census as it was");

        // Export, import, export: the same bytes, and the import of CYPF's own file finds nothing to store or refuse.
        Answer roundTrip = send("", null, exported);
        assertEquals(200, roundTrip.status(), roundTrip.body());
        assertEquals(0, roundTrip.json().path("episodesAdded").asInt());
        assertFalse(roundTrip.json().path("issues").toString().contains("\"ERROR\""));
        assertEquals(exported, export());
        assertTrue(exported.contains("<UPN>B861200101002</UPN>"), "the UPN kept as returned: " + exported);
        assertTrue(exported.contains("<CINPlanStartDate>2024-06-20</CINPlanStartDate>"), exported);
        assertTrue(exported.contains("<Disability>MOB</Disability><Disability>HAND</Disability>"), exported);
        assertTrue(exported.contains("<PrimaryNeedCode>N3</PrimaryNeedCode>"), exported);
    }

    @Test
    void refuses_a_file_that_is_not_a_census_of_the_year_and_stores_nothing() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Message><Header/><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>
                """;
        Answer dtd = send("", null, xxe);
        assertEquals(400, dtd.status(), dtd.body());
        assertTrue(dtd.body().contains("DTD"), dtd.body());
        assertFalse(dtd.body().contains("root:"), "no external entity is read");

        Answer otherYear = send("", null, file().replace("2025-03-31", "2024-03-31"));
        assertEquals(400, otherYear.status(), otherYear.body());
        assertTrue(otherYear.body().contains("DfE rule 100"), otherYear.body());

        Answer notXml = send("", null, "<Message><Children>");
        assertEquals(400, notXml.status(), notXml.body());

        try (Http1ClientResponse r = http.as(client.post(PATH), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{}")) {
            assertEquals(400, r.status().code());
        }
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id = 'E6'"));
    }
}
