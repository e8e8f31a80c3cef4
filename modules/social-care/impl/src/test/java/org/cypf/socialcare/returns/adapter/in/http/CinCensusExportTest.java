package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.returns.adapter.out.xml.CinCensusXml;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The CIN census of 2024-25 (1 April 2024 to 31 March 2025) over HTTP, on a database of its own, seeded over HTTP:
 * <pre>
 * C1 born 2016-05-20, girl, UPN: contact from a school (2A) 02/09/2024, referral 03/09/2024; assessment 04/09/2024,
 *    authorised 02/10/2024 (3B, 4B, 17A); strategy discussion and section 47 03/10/2024 (ICPC due 24/10/2024);
 *    ICPC 22/10/2024; plan 22/10/2024 NEG, reviewed 20/01/2025 EMO, ended 20/03/2025. The referral stays open.
 * A0 born 2012-01-15, boy, no UPN: referral from the police (6) 01/11/2024, closed 05/11/2024 RC8 (NFA)
 * Z9 born 2010-03-03: referral 01/05/2023 closed 01/03/2024 RC7 (before the year)
 * B5 born 2014-08-08: referral 01/05/2025 (after the year)
 * </pre>
 */
@ServerTest
class CinCensusExportTest {
    private static final String SC = "/social-care";
    private static SocialCareFixture f;
    private final Http1Client client;
    private final CaseworkClient http;

    CinCensusExportTest(Http1Client client) {
        this.client = client;
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "cin census");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void exports_the_children_in_need_in_the_year_as_the_dfe_xml() throws Exception {
        seed();
        long auditBefore = f.count("select count(*) from governance.child_record_access where record_type = 'cin-census'");
        assertEquals(0, auditBefore);

        Http1ClientResponse response = http.as(client.get(SC + "/returns/cin-census/2024"), SocialCareFixture.PARTNER)
                .request();
        byte[] body;
        try (response) {
            assertEquals(200, response.status().code());
            assertEquals("application/xml", response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null));
            assertEquals("attachment; filename=\"cin-census-2024-25.xml\"",
                    response.headers().first(HeaderNames.CONTENT_DISPOSITION).orElse(null));
            body = response.as(byte[].class);
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element message = doc.getDocumentElement();
        assertEquals("Message", message.getTagName());
        Element header = child(message, "Header");
        assertEquals("CIN", text(child(header, "CollectionDetails"), "Collection"));
        assertEquals("2025", text(child(header, "CollectionDetails"), "Year"));
        assertEquals("2025-03-31", text(child(header, "CollectionDetails"), "ReferenceDate"));
        assertEquals("L", text(child(header, "Source"), "SourceLevel"));

        List<Element> children = children(child(message, "Children"), "Child");
        assertEquals(List.of("A0", "C1"), children.stream()
                .map(c -> text(child(c, "ChildIdentifiers"), "LAchildID")).toList(), "in-year children only, by id");

        // A0: a referral closed with no further action
        Element a0 = children.get(0);
        Element a0Ids = child(a0, "ChildIdentifiers");
        assertEquals(List.of("LAchildID", "UPNunknown", "PersonBirthDate", "Sex"), names(a0Ids),
                "no UPN held: left out, with the reason a referral with no further action gives (UN7, rule 8772)");
        assertEquals("UN7", text(a0Ids, "UPNunknown"));
        assertEquals("NOBT", text(child(a0, "ChildCharacteristics"), "Ethnicity"), "none held: not yet obtained");
        assertEquals("2012-01-15", text(a0Ids, "PersonBirthDate"));
        assertEquals("M", text(a0Ids, "Sex"));
        List<Element> a0Cin = children(a0, "CINdetails");
        assertEquals(1, a0Cin.size());
        assertEquals(List.of("CINreferralDate", "ReferralSource", "CINclosureDate", "ReasonForClosure", "ReferralNFA"),
                names(a0Cin.get(0)));
        assertEquals("2024-11-01", text(a0Cin.get(0), "CINreferralDate"));
        assertEquals("6", text(a0Cin.get(0), "ReferralSource"));
        assertEquals("2024-11-05", text(a0Cin.get(0), "CINclosureDate"));
        assertEquals("RC8", text(a0Cin.get(0), "ReasonForClosure"));
        assertEquals("1", text(a0Cin.get(0), "ReferralNFA"));

        // C1: assessment, section 47, a plan
        Element c1 = children.get(1);
        Element c1Ids = child(c1, "ChildIdentifiers");
        assertEquals(SocialCareFixture.UPN, text(c1Ids, "UPN"));
        assertEquals("2016-05-20", text(c1Ids, "PersonBirthDate"));
        assertEquals("F", text(c1Ids, "Sex"));
        Element cin = child(c1, "CINdetails");
        assertEquals("2024-09-03", text(cin, "CINreferralDate"));
        assertEquals("2A", text(cin, "ReferralSource"));
        assertEquals("0", text(cin, "ReferralNFA"));
        assertEquals(List.of("CINreferralDate", "ReferralSource", "ReferralNFA", "Assessments", "Section47",
                "ChildProtectionPlans"), names(cin), "open: no closure; no primary need held");
        Element assessment = child(cin, "Assessments");
        assertEquals("2024-09-04", text(assessment, "AssessmentActualStartDate"));
        assertEquals("2024-10-02", text(assessment, "AssessmentAuthorisationDate"));
        assertEquals(List.of("3B", "4B", "17A"), children(child(assessment, "FactorsIdentifiedAtAssessment"),
                "AssessmentFactors").stream().map(Node::getTextContent).toList());
        Element s47 = child(cin, "Section47");
        assertEquals("2024-10-03", text(s47, "S47ActualStartDate"));
        assertEquals("2024-10-24", text(s47, "InitialCPCtarget"));
        assertEquals("2024-10-22", text(s47, "DateOfInitialCPC"));
        assertEquals("0", text(s47, "ICPCnotRequired"));
        Element plan = child(cin, "ChildProtectionPlans");
        assertEquals("2024-10-22", text(plan, "CPPstartDate"));
        assertEquals("2025-03-20", text(plan, "CPPendDate"));
        assertEquals("NEG", text(plan, "InitialCategoryOfAbuse"));
        assertEquals("EMO", text(plan, "LatestCategoryOfAbuse"));
        assertEquals("0", text(plan, "NumberOfPreviousCPP"));
        assertEquals(List.of("2025-01-20"), children(child(plan, "Reviews"), "CPPreviewDate").stream()
                .map(Node::getTextContent).toList());

        // One audit row per exported child, none for the children outside the year
        var audit = f.rows("select child_id::text, action, decision from governance.child_record_access "
                + "where record_type = 'cin-census' order by child_id");
        assertEquals(2, audit.size());
        assertEquals(Set.of(childId("A0"), childId("C1")),
                Set.copyOf(audit.stream().map(r -> r.get(0, String.class)).toList()));
        assertTrue(audit.stream().allMatch(r -> r.get(1, String.class).equals("LIST")
                && r.get(2, String.class).equals("PERMITTED")));

        // The same records give the same file
        CinCensusFile again = f.context.cinCensusExport().exportCensus(
                new Caller("sw.smith", SocialCareFixture.PARTNER, "social-worker", null), 2024);
        assertEquals(new String(body, StandardCharsets.UTF_8), again.xml());
    }

    @Test
    void a_bad_year_is_a_problem() {
        Answer future = http.problem(400, http.get(SC + "/returns/cin-census/2026"));
        assertEquals(List.of("collectionYear"), future.fields());
        http.problem(400, http.get(SC + "/returns/cin-census/1999"));
        http.problem(400, http.get(SC + "/returns/cin-census/last-year"));
    }

    @Test
    void writes_the_header_lea_and_gender_current_before_2024_25() throws Exception {
        String xml = new CinCensusXml().write(new CinCensus(2023, "860", List.of(new CinCensus.Child("X1", null,
                LocalDate.of(2015, 1, 1), "2", "WBRI", List.of()))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element message = doc.getDocumentElement();
        assertEquals("860", text(child(child(message, "Header"), "Source"), "LEA"));
        assertEquals("2024", text(child(child(message, "Header"), "CollectionDetails"), "Year"));
        Element c = child(child(message, "Children"), "Child");
        assertEquals("2", text(child(c, "ChildIdentifiers"), "GenderCurrent"));
        assertEquals("WBRI", text(child(c, "ChildCharacteristics"), "Ethnicity"));
    }

    @Test
    void writes_every_child_element_in_the_order_of_the_dfe_specification() throws Exception {
        var episode = new CinCensus.CinEpisode(LocalDate.of(2024, 5, 1), "1A", "N2", null, null, false,
                List.of(new CinCensus.AssessmentDetails(LocalDate.of(2024, 5, 2), null, List.of())),
                List.of(new CinCensus.CinPlan(LocalDate.of(2024, 6, 1), null)), List.of(), List.of());
        String xml = new CinCensusXml().write(new CinCensus(2024, null, List.of(new CinCensus.Child("X2", null,
                "A12345678901B", "UN2", LocalDate.of(2012, 1, 1), "1", LocalDate.of(2025, 1, 2), "WBRI",
                List.of("MOB", "HAND"), List.of(episode)))));
        Element c = child(child(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement(),
                "Children"), "Child");
        assertEquals(List.of("LAchildID", "FormerUPN", "UPNunknown", "PersonBirthDate", "Sex", "PersonDeathDate"),
                names(child(c, "ChildIdentifiers")));
        assertEquals(List.of("MOB", "HAND"), children(child(child(c, "ChildCharacteristics"), "Disabilities"),
                "Disability").stream().map(Node::getTextContent).toList());
        assertEquals(List.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "ReferralNFA", "Assessments",
                "CINPlanDates"), names(child(c, "CINdetails")));
        assertEquals(List.of("CINPlanStartDate"), names(child(child(c, "CINdetails"), "CINPlanDates")),
                "an open CIN plan has no end date");
    }

    private void seed() {
        // C1: from a school's contact to the end of a plan
        Answer contact = http.ok(201, http.post(SC + "/contacts", """
                {"child": {"localChildId": "C1", "upn": "%s", "dateOfBirth": "2016-05-20", "sex": "2"},
                 "receivedAt": "2024-09-02T10:30", "source": "2A", "referrerName": "Mrs Patel",
                 "referrerOrganisation": "St Mary's Primary", "worry": "Ella is scared to go home"}"""
                .formatted(SocialCareFixture.UPN)));
        Answer decided = http.ok(200, http.post(contact.location() + "/decision", """
                {"decision": "REFERRAL_FOR_ASSESSMENT", "decidedAt": "2024-09-03T14:00", "version": 0}"""));
        String referral = SC + "/referrals/" + decided.text("/referralId");
        Answer assessment = http.ok(201, http.post(referral + "/assessments", "{\"startDate\": \"2024-09-04\"}"));
        http.ok(200, http.post(referral + "/assessments/" + assessment.text("/assessmentId") + "/complete", """
                {"completedDate": "2024-10-01", "authorisedDate": "2024-10-02", "factors": ["3B", "4B", "17A"],
                 "outcome": "CHILD_PROTECTION_ENQUIRY", "version": 0}"""));
        Answer enquiry = http.ok(201, http.post(SC + "/child-protection/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"2024-10-03\"}".formatted(decided.text("/referralId"))));
        http.ok(200, http.post(enquiry.location() + "/section-47", "{\"startDate\": \"2024-10-03\", \"version\": 0}"));
        http.ok(200, http.post(enquiry.location() + "/section-47/outcome",
                "{\"outcomeDate\": \"2024-10-10\", \"outcome\": \"INITIAL_CONFERENCE\", \"version\": 1}"));
        http.ok(200, http.post(SC + "/child-protection/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-10-22", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(enquiry.text("/enquiryId"))));
        Answer plan = http.ok(201, http.post(SC + "/child-protection/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2024-10-22\", \"category\": \"NEG\"}"
                        .formatted(enquiry.text("/enquiryId"))));
        http.ok(200, http.post(plan.location() + "/reviews",
                "{\"reviewDate\": \"2025-01-20\", \"category\": \"EMO\", \"version\": 0}"));
        http.ok(200, http.post(plan.location() + "/end",
                "{\"endDate\": \"2025-03-20\", \"reason\": \"NO_LONGER_AT_RISK\", \"version\": 1}"));

        // A0: closed with no further action; Z9 before the year; B5 after it
        referral("A0", "2012-01-15", "1", "2024-11-01", "6", "2024-11-05", "RC8");
        referral("Z9", "2010-03-03", "2", "2023-05-01", "1A", "2024-03-01", "RC7");
        referral("B5", "2014-08-08", "2", "2025-05-01", "8", null, null);
    }

    private void referral(String child, String dob, String sex, String date, String source, String closed,
                          String reason) {
        Answer r = http.ok(201, http.post(SC + "/referrals", """
                {"child": {"localChildId": "%s", "dateOfBirth": "%s", "sex": "%s"}, "referralDate": "%s",
                 "source": "%s"}""".formatted(child, dob, sex, date, source)));
        if (closed != null) {
            http.ok(200, http.post(SC + "/referrals/" + r.text("/referralId") + "/close",
                    "{\"closureDate\": \"%s\", \"reason\": \"%s\", \"version\": 0}".formatted(closed, reason)));
        }
    }

    private static String childId(String localChildId) {
        return f.rows("select child_id::text from social_care.child where la_child_id = ?", localChildId)
                .get(0).get(0, String.class);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), () -> "one " + name + " in " + parent.getTagName());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> names(Element parent) {
        List<String> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e.getTagName());
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
