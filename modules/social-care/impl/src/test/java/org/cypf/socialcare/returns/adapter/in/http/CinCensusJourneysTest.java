package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.api.returns.CinCensusImportResult;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's done-means for the CIN census: the export of a year seeded with every kind of journey breaks no CIN
 * error rule of the DfE, and each query it raises is explained in its notes. The file is checked as an import checks
 * one (a dry run of CYPF's own file: every DfE rule CYPF encodes, including those that set a child's episodes and
 * plans beside each other), on a database of its own, seeded over HTTP. The queries it raises are those a real year
 * raises: an RC8 closure with no assessment (8825Q), assessments open at 31 March since before February (8670Q),
 * disabled children assessed with no disability factor (8899Q). 2024-25:
 * <pre>
 * K0 contact only (no further action at the front door): not in the census
 * K1 referral 01/05/2024 closed 03/05/2024 RC7 with no assessment (ReferralNFA 1, UPNunknown UN7)
 * K2 the same closed RC8, "after assessment": the query 8825Q, explained in the notes
 * K3 contact from a school, referral 15/04/2024; assessment 16/04-20/05/2024; CIN plan 21/05/2024-31/01/2025;
 *    closed 31/01/2025 RC7 (the plan ends the day the episode closes)
 * K4 referral 03/06/2024; assessment to 20/06; strategy discussion and section 47 21/06; ICPC Wed 10/07/2024; plan
 *    10/07/2024 NEG, reviewed 09/10/2024 EMO, ended 15/01/2025; CIN plan from the day the plan ended to closure
 *    03/02/2025 RC7
 * K5 referral 02/09/2024; assessment 02/09-30/09; section 47 03/09 concluded 20/09 with no conference needed; CIN
 *    plan from 01/10/2024, open at 31 March
 * K6 re-referral: referral 08/04/2024, assessment to 10/05, closed 13/05/2024 RC8; referred again 13/05/2024 (the day
 *    the first closed), assessment from 14/05/2024 still open at 31 March
 * K7 the child who died: referral 01/07/2024; assessment to 20/07; CIN plan 22/07-30/08/2024; died 30/08/2024 (recorded);
 *    closed 30/08/2024 RC2
 * K8 referral 06/01/2025; assessment from 06/01 open; section 47 07/01; ICPC Tue 28/01/2025; plan from 28/01/2025 PHY
 *    open at 31 March
 * </pre>
 */
@ServerTest
class CinCensusJourneysTest {
    private static final String SC = "/social-care";
    private static final String DETAILS = SC + "/returns/cin-census";
    private static final Caller SOCIAL_WORKER = new Caller("sw.smith", SocialCareFixture.PARTNER, "social-worker",
            null);
    private static SocialCareFixture f;
    private final CaseworkClient http;

    CinCensusJourneysTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "cin census journeys");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void the_export_of_every_kind_of_journey_breaks_no_cin_error_rule_and_explains_each_query() {
        seed();
        CinCensusFile file = f.context.cinCensusExport().exportCensus(SOCIAL_WORKER, 2024);
        assertEquals(List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"), laChildIds(file.xml()),
                "every journey with a referral in the year, and no contact that went no further");

        CinCensusImportResult checked = f.context.cinCensusImport().checkCensus(SOCIAL_WORKER, 2024, file.xml());
        List<ImportIssue> errors = checked.issues().stream()
                .filter(i -> i.severity() == ImportIssue.Severity.ERROR).toList();
        assertEquals(List.of(), errors, "no CIN error rule broken");
        assertEquals(0, checked.childrenHeldBack());
        assertFalse(file.notes().stream().anyMatch(n -> n.contains("(error)")), () -> "no error noted: " + file.notes());

        // The rules about the return as a whole (ADR 0124): no error (2883: two plans, each after its conference;
        // 2884: each conference recorded once), and the one query a small year raises, explained in the notes.
        List<ImportIssue> wholeReturn = checked.issues().stream().filter(i -> i.child() == null).toList();
        assertEquals(List.of("2887Q"), wholeReturn.stream().map(ImportIssue::rule).toList(),
                "only the query of fewer than 8 disability codes is about the whole return: " + wholeReturn);
        assertTrue(wholeReturn.stream().allMatch(i -> i.line() == 0), "a finding about the return has no line");
        for (ImportIssue q : wholeReturn) {
            assertTrue(file.notes().stream().anyMatch(n -> n.startsWith("rule " + q.rule() + " ")),
                    () -> "query " + q.rule() + " about the return explained in " + file.notes());
        }
        assertFalse(file.notes().stream().anyMatch(n -> n.startsWith("rule 2883 ") || n.startsWith("rule 2884 ")),
                () -> "no whole-return error noted: " + file.notes());

        List<ImportIssue> queries = checked.issues().stream()
                .filter(i -> i.severity() == ImportIssue.Severity.WARNING && i.child() != null).toList();
        assertEquals(List.of("8670Q K6", "8670Q K8", "8825Q K2", "8899Q K5", "8899Q K6"),
                queries.stream().map(q -> q.rule() + " " + q.child()).distinct().sorted().toList(),
                "an RC8 closure with no assessment, assessments open since before February, disabled children's "
                        + "assessments with no disability factor: " + queries);
        for (ImportIssue q : queries) {
            assertTrue(file.notes().stream().anyMatch(n -> n.startsWith("rule " + q.rule() + " (query)")
                            && Pattern.compile("child " + Pattern.quote(q.child()) + "\\b").matcher(n).find()),
                    () -> "query " + q.rule() + " of child " + q.child() + " explained in " + file.notes());
        }
        // The journeys are as seeded: the touching periods are in the file, not lost to keep the rules.
        String xml = file.xml();
        assertTrue(xml.contains("<CINclosureDate>2024-05-13</CINclosureDate>")
                && xml.contains("<CINreferralDate>2024-05-13</CINreferralDate>"), "K6 referred again the day it closed");
        assertTrue(xml.contains("<CPPendDate>2025-01-15</CPPendDate>")
                && xml.contains("<CINPlanStartDate>2025-01-15</CINPlanStartDate>"), "K4's CIN plan from its CP plan's end");
        assertTrue(xml.contains("<PersonDeathDate>2024-08-30</PersonDeathDate>"), "K7's date of death");
        assertTrue(xml.contains("<ICPCnotRequired>1</ICPCnotRequired>"), "K5's enquiry with no conference needed");
    }

    private static List<String> laChildIds(String xml) {
        Matcher m = Pattern.compile("<LAchildID>([^<]+)</LAchildID>").matcher(xml);
        TreeSet<String> ids = new TreeSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }

    private void seed() {
        // K0: a contact the front door took no further
        Answer k0 = http.ok(201, http.post(SC + "/contacts", """
                {"child": {"localChildId": "K0", "dateOfBirth": "2015-03-03", "sex": "1"},
                 "receivedAt": "2024-06-03T09:00", "source": "3A", "referrerName": "Dr Shah",
                 "referrerOrganisation": "Health centre", "worry": "a bruise, explained"}"""));
        http.ok(200, http.post(k0.location() + "/decision", """
                {"decision": "NO_FURTHER_ACTION", "decidedAt": "2024-06-03T15:00", "version": 0}"""));

        // K1, K2: referrals that went no further
        String k1 = referral("K1", "2014-01-01", "2024-05-01", "1A");
        close(k1, "2024-05-03", "RC7");
        child(k1, "{\"ethnicity\": \"WBRI\"}");
        String k2 = referral("K2", "2013-01-01", "2024-05-01", "1A");
        close(k2, "2024-05-03", "RC8");
        child(k2, "{\"ethnicity\": \"WIRI\"}");

        // K3: contact, referral, assessment, CIN plan, closure
        Answer contact = http.ok(201, http.post(SC + "/contacts", """
                {"child": {"localChildId": "K3", "dateOfBirth": "2016-05-20", "sex": "2"},
                 "receivedAt": "2024-04-15T10:30", "source": "2A", "referrerName": "Mrs Patel",
                 "referrerOrganisation": "St Mary's Primary", "worry": "often hungry"}"""));
        String k3 = http.ok(200, http.post(contact.location() + "/decision", """
                {"decision": "REFERRAL_FOR_ASSESSMENT", "decidedAt": "2024-04-15T14:00", "version": 0}"""))
                .text("/referralId");
        assess(k3, "2024-04-16", "2024-05-20", "CHILD_IN_NEED_PLAN");
        details(k3, "N1", "[{\"startDate\": \"2024-05-21\", \"endDate\": \"2025-01-31\"}]");
        child(k3, "{\"ethnicity\": \"WBRI\", \"disabilities\": [\"NONE\"], \"upnUnknown\": \"UN1\"}");
        close(k3, "2025-01-31", "RC7");

        // K4: section 47, initial conference, child protection plan, then a CIN plan, closure
        String k4 = referral("K4", "2012-02-02", "2024-06-03", "5A");
        assess(k4, "2024-06-04", "2024-06-20", "CHILD_PROTECTION_ENQUIRY");
        String k4Enquiry = enquiry(k4, "2024-06-21", "2024-06-28", "INITIAL_CONFERENCE");
        http.ok(200, http.post(SC + "/child-protection/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-07-10", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(k4Enquiry)));
        Answer plan = http.ok(201, http.post(SC + "/child-protection/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2024-07-10\", \"category\": \"NEG\"}".formatted(k4Enquiry)));
        http.ok(200, http.post(plan.location() + "/reviews",
                "{\"reviewDate\": \"2024-10-09\", \"category\": \"EMO\", \"version\": 0}"));
        http.ok(200, http.post(plan.location() + "/end",
                "{\"endDate\": \"2025-01-15\", \"reason\": \"NO_LONGER_AT_RISK\", \"version\": 1}"));
        details(k4, "N1", "[{\"startDate\": \"2025-01-15\", \"endDate\": \"2025-02-03\"}]");
        child(k4, "{\"ethnicity\": \"BCRB\", \"disabilities\": [\"NONE\"], \"upnUnknown\": \"UN2\"}");
        close(k4, "2025-02-03", "RC7");

        // K5: section 47 with no conference needed, then a CIN plan open at the year's end
        String k5 = referral("K5", "2011-03-03", "2024-09-02", "6");
        assess(k5, "2024-09-02", "2024-09-30", "CHILD_IN_NEED_PLAN");
        enquiry(k5, "2024-09-03", "2024-09-20", "CHILD_IN_NEED_PLAN");
        details(k5, "N2", "[{\"startDate\": \"2024-10-01\"}]");
        child(k5, "{\"ethnicity\": \"APKN\", \"disabilities\": [\"MOB\", \"HAND\"], \"upnUnknown\": \"UN1\"}");

        // K6: closed after assessment, referred again the day it closed
        String k6 = referral("K6", "2010-04-04", "2024-04-08", "1A");
        assess(k6, "2024-04-09", "2024-05-10", "NO_FURTHER_ACTION");
        details(k6, "N3", "[]");
        close(k6, "2024-05-13", "RC8");
        String k6Again = referral("K6", "2010-04-04", "2024-05-13", "4");
        http.ok(201, http.post(SC + "/referrals/" + k6Again + "/assessments", "{\"startDate\": \"2024-05-14\"}"));
        details(k6Again, "N1", "[]");
        child(k6, "{\"ethnicity\": \"WBRI\", \"disabilities\": [\"LD\"], \"upnUnknown\": \"UN1\"}");

        // K7: the child who died
        String k7 = referral("K7", "2019-05-05", "2024-07-01", "3A");
        assess(k7, "2024-07-02", "2024-07-20", "CHILD_IN_NEED_PLAN");
        details(k7, "N4", "[{\"startDate\": \"2024-07-22\", \"endDate\": \"2024-08-30\"}]");
        child(k7, "{\"ethnicity\": \"WBRI\", \"disabilities\": [\"NONE\"], \"upnUnknown\": \"UN1\", "
                + "\"deathDate\": \"2024-08-30\"}");
        close(k7, "2024-08-30", "RC2");

        // K8: a plan open at the year's end
        String k8 = referral("K8", "2017-06-06", "2025-01-06", "5B");
        http.ok(201, http.post(SC + "/referrals/" + k8 + "/assessments", "{\"startDate\": \"2025-01-06\"}"));
        String k8Enquiry = enquiry(k8, "2025-01-07", "2025-01-14", "INITIAL_CONFERENCE");
        http.ok(200, http.post(SC + "/child-protection/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2025-01-28", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(k8Enquiry)));
        http.ok(201, http.post(SC + "/child-protection/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2025-01-28\", \"category\": \"PHY\"}".formatted(k8Enquiry)));
        details(k8, "N1", "[]");
        child(k8, "{\"ethnicity\": \"MWBC\", \"disabilities\": [\"NONE\"], \"upnUnknown\": \"UN1\"}");
    }

    /** Records a referral (of a new child, or of the child already held with that id); answers the referral id. */
    private String referral(String child, String dob, String date, String source) {
        return http.ok(201, http.post(SC + "/referrals", """
                {"child": {"localChildId": "%s", "dateOfBirth": "%s", "sex": "1"}, "referralDate": "%s",
                 "source": "%s"}""".formatted(child, dob, date, source))).text("/referralId");
    }

    private void close(String referral, String date, String reason) {
        http.ok(200, http.post(SC + "/referrals/" + referral + "/close",
                "{\"closureDate\": \"%s\", \"reason\": \"%s\", \"version\": 0}".formatted(date, reason)));
    }

    private void assess(String referral, String start, String authorised, String outcome) {
        Answer a = http.ok(201, http.post(SC + "/referrals/" + referral + "/assessments",
                "{\"startDate\": \"%s\"}".formatted(start)));
        http.ok(200, http.post(SC + "/referrals/" + referral + "/assessments/" + a.text("/assessmentId")
                + "/complete", """
                {"completedDate": "%s", "authorisedDate": "%s", "factors": ["3B", "4B"], "outcome": "%s",
                 "version": 0}""".formatted(authorised, authorised, outcome)));
    }

    /** A strategy discussion and section 47 from {@code start}, concluded on {@code concluded}; answers its id. */
    private String enquiry(String referral, String start, String concluded, String outcome) {
        Answer enquiry = http.ok(201, http.post(SC + "/child-protection/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"%s\"}".formatted(referral, start)));
        http.ok(200, http.post(enquiry.location() + "/section-47",
                "{\"startDate\": \"%s\", \"version\": 0}".formatted(start)));
        http.ok(200, http.post(enquiry.location() + "/section-47/outcome",
                "{\"outcomeDate\": \"%s\", \"outcome\": \"%s\", \"version\": 1}".formatted(concluded, outcome)));
        return enquiry.text("/enquiryId");
    }

    private void details(String referral, String need, String cinPlans) {
        http.ok(200, http.put(DETAILS + "/referrals/" + referral,
                "{\"primaryNeedCode\": \"%s\", \"cinPlans\": %s}".formatted(need, cinPlans)));
    }

    private void child(String referral, String json) {
        String childId = f.rows("select child_id::text from social_care.referral where referral_id = ?::uuid",
                referral).get(0).get(0, String.class);
        http.ok(200, http.put(DETAILS + "/children/" + childId, json));
    }
}
