package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The CIN census of 2024-25 against the DfE's CIN validation rules that CYPF's export used to break (issue 13), on
 * a database of its own, seeded over HTTP:
 * <pre>
 * D1 no UPN (UN1 recorded), WBRI, no disability: referral 01/05/2024, assessment 02/05-01/06/2024 (CIN plan), primary
 *    need N1, CIN plan 10/06/2024-01/02/2025, closed 10/02/2025 RC7
 * E2 no UPN, nothing recorded: referral 10/01/2024; assessment authorised 20/02/2024, section 47 21/02/2024 with its
 *    ICPC 10/03/2024 (all before the year), plan from 10/03/2024 still open
 * F3 died 30/07/2024 (recorded): referral 01/07/2024 closed 01/08/2024 RC2, no assessment
 * G4 referral 01/07/2024 closed 02/08/2024 RC2, no date of death recorded
 * H5 referral 01/09/2024 closed 02/09/2024 RC8 with no assessment
 * J6 referral 01/03/2024 still open: an assessment from 05/03/2024 and a section 47 from 10/03/2024, neither
 *    concluded by 31/03/2025 (the DfE refuses both: 8736, 8740; written as held, and named in the notes)
 * </pre>
 */
@ServerTest
class CinCensusRulesTest {
    private static final String SC = "/social-care";
    private static final String DETAILS = SC + "/returns/cin-census";
    private static SocialCareFixture f;
    private final CaseworkClient http;

    CinCensusRulesTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "cin census rules");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void writes_what_the_dfe_rules_ask_and_notes_each_query_it_cannot_answer() throws Exception {
        seed();
        CinCensusFile file = f.context.cinCensusExport().exportCensus(
                new Caller("sw.smith", SocialCareFixture.PARTNER, "social-worker", null), 2024);
        Element message = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file.xml().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Map<String, Element> children = children(child(message, "Children"), "Child").stream()
                .collect(Collectors.toMap(c -> text(child(c, "ChildIdentifiers"), "LAchildID"), Function.identity()));
        assertEquals(List.of("D1", "E2", "F3", "G4", "H5", "J6"), children.keySet().stream().sorted().toList());

        // D1: primary need (8610), CIN plan dates, UPN unknown reason (8770Q), ethnicity (4220), disabilities (8540)
        Element d1 = children.get("D1");
        assertEquals(List.of("LAchildID", "UPNunknown", "PersonBirthDate", "Sex"), names(child(d1, "ChildIdentifiers")));
        assertEquals("UN1", text(child(d1, "ChildIdentifiers"), "UPNunknown"));
        assertEquals("WBRI", text(child(d1, "ChildCharacteristics"), "Ethnicity"));
        assertEquals(List.of("NONE"), texts(child(child(d1, "ChildCharacteristics"), "Disabilities"), "Disability"));
        Element d1Cin = child(d1, "CINdetails");
        assertEquals(List.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                "ReasonForClosure", "ReferralNFA", "Assessments", "CINPlanDates"), names(d1Cin));
        assertEquals("N1", text(d1Cin, "PrimaryNeedCode"));
        assertEquals("0", text(d1Cin, "ReferralNFA"));
        assertEquals("2024-06-10", text(child(d1Cin, "CINPlanDates"), "CINPlanStartDate"));
        assertEquals("2025-02-01", text(child(d1Cin, "CINPlanDates"), "CINPlanEndDate"));

        // E2: the assessment authorised and the ICPC held before 1 April are not in the file (8696, 8715); the plan
        // still open is; nothing recorded: ethnicity not yet obtained, and the notes name the errors to fix
        Element e2 = children.get("E2");
        assertEquals("NOBT", text(child(e2, "ChildCharacteristics"), "Ethnicity"));
        Element e2Cin = child(e2, "CINdetails");
        assertEquals(List.of("CINreferralDate", "ReferralSource", "ReferralNFA", "ChildProtectionPlans"), names(e2Cin));
        assertEquals("2024-03-10", text(child(e2Cin, "ChildProtectionPlans"), "CPPstartDate"));

        // F3: died (8585Q answered); G4: closed as died with no date of death, a query the notes name
        assertEquals("2024-07-30", text(child(children.get("F3"), "ChildIdentifiers"), "PersonDeathDate"));
        assertEquals("1", text(child(children.get("F3"), "CINdetails"), "ReferralNFA"));
        assertTrue(children(child(children.get("G4"), "ChildIdentifiers"), "PersonDeathDate").isEmpty());

        // H5: a referral that went no further is NFA whatever its reason, and a child with only such has UN7
        Element h5 = children.get("H5");
        assertEquals("1", text(child(h5, "CINdetails"), "ReferralNFA"));
        assertEquals("UN7", text(child(h5, "ChildIdentifiers"), "UPNunknown"));

        List<String> notes = file.notes();
        assertNoted(notes, "8585Q", "G4");
        assertNotNoted(notes, "8585Q", "F3");
        assertNoted(notes, "8825Q", "H5");
        assertNoted(notes, "8610", "E2");
        assertNotNoted(notes, "8610", "D1");
        assertNotNoted(notes, "8610", "H5");
        assertNoted(notes, "8540", "E2");
        assertNotNoted(notes, "8540", "D1");
        assertNoted(notes, "8770Q", "E2");
        assertNotNoted(notes, "8770Q", "D1");
        assertNoted(notes, "2887Q", "0 disability codes");
        assertNoted(notes, "NOBT", "E2");
        assertNoted(notes, "8736", "J6");
        assertNoted(notes, "8740", "J6");
        assertNotNoted(notes, "8736", "D1");
        assertNotNoted(notes, "8740", "E2");
    }

    @Test
    void refuses_details_the_dfe_rules_refuse_naming_field_and_rule_and_stores_nothing() {
        // referred after the year, so the census of 2024-25 does not name the child
        String referral = referral("R1", "2015-02-02", "2025-05-01", null, null);
        String child = childId(referral);

        Answer ethnicity = http.problem(400, http.put(DETAILS + "/children/" + child, """
                {"ethnicity": "XXXX", "disabilities": ["NONE", "MOB"], "formerUpn": "12345",
                 "upnUnknown": "UN9", "deathDate": "2010-01-01"}"""));
        assertEquals(List.of("ethnicity", "disabilities", "upnUnknown", "formerUpn", "deathDate"), ethnicity.fields());
        assertTrue(ethnicity.text("/errors/0/reason").contains("4220"), ethnicity.body().toString());
        assertTrue(ethnicity.text("/errors/1/reason").contains("8790"), ethnicity.body().toString());
        assertTrue(ethnicity.text("/errors/3/reason").contains("1560Q"), ethnicity.body().toString());

        Answer plans = http.problem(400, http.put(DETAILS + "/referrals/" + referral, """
                {"primaryNeedCode": "N42", "cinPlans": [{"startDate": "2025-04-01"}]}"""));
        assertEquals(List.of("primaryNeedCode", "cinPlans[0].startDate"), plans.fields());
        assertTrue(plans.text("/errors/1/reason").contains("4015"), plans.body().toString());

        assertEquals(0, f.count("select count(*) from social_care.cin_census_child where child_id = '" + child + "'"));
        assertEquals(0, f.count("select count(*) from social_care.cin_census_episode where referral_id = '"
                + referral + "'"));
        assertEquals(0, f.count("select count(*) from social_care.cin_plan where referral_id = '" + referral + "'"));
        assertEquals(0, f.count("select count(*) from social_care.child where ethnicity is not null and child_id = '"
                + child + "'"));

        http.problem(404, http.put(DETAILS + "/referrals/" + java.util.UUID.randomUUID(), "{\"primaryNeedCode\": \"N1\"}"));
        http.problem(400, http.put(DETAILS + "/children/not-an-id", "{\"ethnicity\": \"WBRI\"}"));
    }

    private void seed() {
        // D1: from referral to closure through an assessment and a CIN plan
        String d1 = referral("D1", "2020-06-01", "2024-05-01", null, null);
        String d1Child = childId(d1);
        Answer assessment = http.ok(201, http.post(SC + "/referrals/" + d1 + "/assessments",
                "{\"startDate\": \"2024-05-02\"}"));
        http.ok(200, http.post(SC + "/referrals/" + d1 + "/assessments/" + assessment.text("/assessmentId")
                + "/complete", """
                {"completedDate": "2024-06-01", "authorisedDate": "2024-06-01", "factors": ["3B"],
                 "outcome": "CHILD_IN_NEED_PLAN", "version": 0}"""));
        http.ok(200, http.put(DETAILS + "/children/" + d1Child, """
                {"ethnicity": "WBRI", "disabilities": ["NONE"], "upnUnknown": "UN1"}"""));
        http.ok(200, http.put(DETAILS + "/referrals/" + d1, """
                {"primaryNeedCode": "N1", "cinPlans": [{"startDate": "2024-06-10", "endDate": "2025-02-01"}]}"""));
        http.ok(200, http.post(SC + "/referrals/" + d1 + "/close",
                "{\"closureDate\": \"2025-02-10\", \"reason\": \"RC7\", \"version\": 0}"));

        // E2: everything before the year but the plan
        String e2 = referral("E2", "2012-03-03", "2024-01-10", null, null);
        Answer old = http.ok(201, http.post(SC + "/referrals/" + e2 + "/assessments", "{\"startDate\": \"2024-01-11\"}"));
        http.ok(200, http.post(SC + "/referrals/" + e2 + "/assessments/" + old.text("/assessmentId") + "/complete", """
                {"completedDate": "2024-02-19", "authorisedDate": "2024-02-20", "factors": ["16A"],
                 "outcome": "CHILD_PROTECTION_ENQUIRY", "version": 0}"""));
        Answer enquiry = http.ok(201, http.post(SC + "/child-protection/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"2024-02-21\"}".formatted(e2)));
        http.ok(200, http.post(enquiry.location() + "/section-47", "{\"startDate\": \"2024-02-21\", \"version\": 0}"));
        http.ok(200, http.post(enquiry.location() + "/section-47/outcome",
                "{\"outcomeDate\": \"2024-03-01\", \"outcome\": \"INITIAL_CONFERENCE\", \"version\": 1}"));
        http.ok(200, http.post(SC + "/child-protection/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-03-10", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(enquiry.text("/enquiryId"))));
        http.ok(201, http.post(SC + "/child-protection/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2024-03-10\", \"category\": \"NEG\"}"
                        .formatted(enquiry.text("/enquiryId"))));

        // F3 died, recorded; G4 closed as died, not recorded; H5 closed RC8 with no assessment
        String f3 = referral("F3", "2019-01-01", "2024-07-01", "2024-08-01", "RC2");
        http.ok(200, http.put(DETAILS + "/children/" + childId(f3), """
                {"ethnicity": "BAFR", "deathDate": "2024-07-30", "upnUnknown": "UN1"}"""));
        referral("G4", "2018-01-01", "2024-07-01", "2024-08-02", "RC2");
        referral("H5", "2016-01-01", "2024-09-01", "2024-09-02", "RC8");

        // J6: an assessment and a section 47 enquiry begun before the year and still open at its end
        String j6 = referral("J6", "2017-01-01", "2024-03-01", null, null);
        http.ok(201, http.post(SC + "/referrals/" + j6 + "/assessments", "{\"startDate\": \"2024-03-05\"}"));
        Answer j6Enquiry = http.ok(201, http.post(SC + "/child-protection/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"2024-03-08\"}".formatted(j6)));
        http.ok(200, http.post(j6Enquiry.location() + "/section-47", "{\"startDate\": \"2024-03-10\", \"version\": 0}"));
    }

    /** Records a referral of a new child; answers the referral id. */
    private String referral(String child, String dob, String date, String closed, String reason) {
        Answer r = http.ok(201, http.post(SC + "/referrals", """
                {"child": {"localChildId": "%s", "dateOfBirth": "%s", "sex": "1"}, "referralDate": "%s",
                 "source": "1A"}""".formatted(child, dob, date)));
        String id = r.text("/referralId");
        if (closed != null) {
            http.ok(200, http.post(SC + "/referrals/" + id + "/close",
                    "{\"closureDate\": \"%s\", \"reason\": \"%s\", \"version\": 0}".formatted(closed, reason)));
        }
        return id;
    }

    private static String childId(String referralId) {
        return f.rows("select child_id::text from social_care.referral where referral_id = ?::uuid", referralId)
                .get(0).get(0, String.class);
    }

    private static void assertNoted(List<String> notes, String rule, String about) {
        assertTrue(notes.stream().anyMatch(n -> n.contains(rule) && n.contains(about)),
                () -> "a note of rule " + rule + " about " + about + " in " + notes);
    }

    private static void assertNotNoted(List<String> notes, String rule, String about) {
        assertFalse(notes.stream().anyMatch(n -> n.contains(rule) && n.contains(" " + about)),
                () -> "no note of rule " + rule + " about " + about + " in " + notes);
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

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Node::getTextContent).toList();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
