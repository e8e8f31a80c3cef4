package org.cypf.socialcare.protection.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One child walked over HTTP from a school's contact to the end of a child protection plan, then referred again,
 * on a database of their own; every front door, assessment and child protection measure is then checked on that
 * data. Times are in England.
 * <pre>
 * Mon 02/09/2024 10:30  contact from the school (2A), due Tue 03/09
 * Tue 03/09/2024 14:00  decided: referral for assessment -> referral dated 03/09/2024 (assessment due 05/11/2024)
 * Wed 04/09/2024        assessment starts; completed 01/10, authorised Wed 02/10/2024 (21 working days): in time
 *                       factors 3B, 4B, 17A; outcome child protection enquiry
 * Thu 03/10/2024        strategy discussion (ICPC due Thu 24/10/2024); section 47 starts; concluded 10/10: conference
 * Tue 22/10/2024        initial conference: plan, category NEG; plan starts (first review due 22/01/2025)
 * Mon 20/01/2025        review, category now EMO: in time (next due 20/07/2025)
 * Thu 20/03/2025        plan ends: no longer at risk
 * Tue 25/03/2025 09:00  contact from the police (6), decided 16:00: referral for assessment -> referral 25/03/2025,
 *                       a re-referral (under 12 months after 03/09/2024)
 * </pre>
 * As at 31 March 2025 (year from 1 April 2024): contacts decided within one working day 2 of 2 = 100.0%;
 * re-referrals 1 of 2 = 50.0%; assessments within 45 working days 1 of 1 = 100.0%; ICPCs within 15 working days
 * 1 of 1 = 100.0%; children on plans 0 (ended 20 March), rate 0.0; repeat plans 0 of 1 = 0.0%.
 * As at 19 March 2025: on a plan 1, rate 1 x 10,000 / 20,000 = 0.5; re-referrals 0 of 1 = 0.0%.
 */
@ServerTest
class ChildJourneyTest {
    private static final String SC = "/social-care";
    private static SocialCareFixture f;
    private final CaseworkClient http;

    ChildJourneyTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "child journey");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static MeasureValue measure(String key, LocalDate on) {
        Map<String, MeasureSource> byKey = new HashMap<>();
        f.context.measureSources().forEach(s -> s.measureKeys().forEach(k -> byKey.put(k, s)));
        return byKey.get("social-care." + key).compute("social-care." + key, on);
    }

    private static void assertMeasure(String expected, Long numerator, Long denominator, String key, LocalDate on) {
        MeasureValue value = measure(key, on);
        assertEquals(new BigDecimal(expected), value.value(), key + " on " + on);
        assertEquals(numerator, value.numerator(), key + " numerator on " + on);
        assertEquals(denominator, value.denominator(), key + " denominator on " + on);
        assertEquals("social-care", value.provenance().context());
        assertFalse(value.provenance().definition().isBlank());
    }

    @Test
    void from_contact_to_the_end_of_a_child_protection_plan_and_every_measure_on_the_way() {
        // The front door
        Answer contact = http.ok(201, http.post(SC + "/contacts", """
                {"child": {"localChildId": "J1", "upn": "A861200101002", "dateOfBirth": "2016-05-20", "sex": "2"},
                 "receivedAt": "2024-09-02T10:30", "source": "2A", "referrerName": "Mrs Patel",
                 "referrerOrganisation": "St Mary's Primary",
                 "worry": "Ella says mum's boyfriend shouts and she is scared to go home",
                 "familyMembers": [{"name": "Dee Smith", "relationship": "mother"},
                                   {"name": "Rob Hale", "relationship": "mother's partner"}]}"""));
        assertEquals("2024-09-03", contact.text("/decisionDueOn"));
        Answer decided = http.ok(200, http.post(contact.location() + "/decision", """
                {"decision": "REFERRAL_FOR_ASSESSMENT", "decidedAt": "2024-09-03T14:00", "version": 0}"""));
        assertTrue(decided.body().get("decidedWithinTimescale").asBoolean());
        String referral = SC + "/referrals/" + decided.text("/referralId");

        // Referral and assessment
        Answer referred = http.ok(200, http.get(referral));
        assertEquals("2024-09-03", referred.text("/referralDate"));
        assertEquals("2A", referred.text("/source"));
        assertFalse(referred.body().get("reReferral").asBoolean());
        Answer assessment = http.ok(201, http.post(referral + "/assessments", "{\"startDate\": \"2024-09-04\"}"));
        assertEquals("2024-11-05", assessment.text("/dueDate"));
        Answer assessed = http.ok(200, http.post(referral + "/assessments/" + assessment.text("/assessmentId") + "/complete", """
                {"completedDate": "2024-10-01", "authorisedDate": "2024-10-02", "factors": ["3B", "4B", "17A"],
                 "outcome": "CHILD_PROTECTION_ENQUIRY", "version": 0}"""));
        assertTrue(assessed.body().get("authorisedWithinTimescale").asBoolean());
        assertEquals(21, assessed.body().get("workingDaysToAuthorisation").asInt());

        // Strategy discussion, section 47, initial conference
        Answer enquiry = http.ok(201, http.post(SC + "/child-protection/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"2024-10-03\"}".formatted(decided.text("/referralId"))));
        assertEquals("2024-10-24", enquiry.text("/conferenceDueDate"));
        http.ok(200, http.post(enquiry.location() + "/section-47", "{\"startDate\": \"2024-10-03\", \"version\": 0}"));
        http.ok(200, http.post(enquiry.location() + "/section-47/outcome",
                "{\"outcomeDate\": \"2024-10-10\", \"outcome\": \"INITIAL_CONFERENCE\", \"version\": 1}"));
        Answer conference = http.ok(200, http.post(SC + "/child-protection/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-10-22", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(enquiry.text("/enquiryId"))));
        assertTrue(conference.body().get("conferenceWithinTimescale").asBoolean());

        // The plan: started, reviewed, ended
        Answer plan = http.ok(201, http.post(SC + "/child-protection/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2024-10-22\", \"category\": \"NEG\"}".formatted(enquiry.text("/enquiryId"))));
        assertEquals("2025-01-22", plan.text("/nextReviewDue"));
        assertFalse(plan.body().get("repeatPlan").asBoolean());
        Answer reviewed = http.ok(200, http.post(plan.location() + "/reviews",
                "{\"reviewDate\": \"2025-01-20\", \"category\": \"EMO\", \"version\": 0}"));
        assertTrue(reviewed.body().at("/reviews/0/withinTimescale").asBoolean());
        assertEquals("2025-07-20", reviewed.text("/nextReviewDue"));
        Answer ended = http.ok(200, http.post(plan.location() + "/end",
                "{\"endDate\": \"2025-03-20\", \"reason\": \"NO_LONGER_AT_RISK\", \"version\": 1}"));
        assertEquals("NEG", ended.text("/initialCategory"));
        assertEquals("EMO", ended.text("/latestCategory"));

        // Referred again a few days later: a re-referral
        Answer again = http.ok(201, http.post(SC + "/contacts", """
                {"child": {"localChildId": "J1", "dateOfBirth": "2016-05-20", "sex": "2"},
                 "receivedAt": "2025-03-25T09:00", "source": "6", "worry": "Police called to the home again overnight"}"""));
        assertEquals(contact.text("/childId"), again.text("/childId"), "the same child");
        Answer reReferred = http.ok(200, http.post(again.location() + "/decision", """
                {"decision": "REFERRAL_FOR_ASSESSMENT", "decidedAt": "2025-03-25T16:00", "version": 0}"""));
        assertTrue(http.ok(200, http.get(SC + "/referrals/" + reReferred.text("/referralId"))).body()
                .get("reReferral").asBoolean());

        // Every measure, as at 31 March 2025
        LocalDate yearEnd = LocalDate.of(2025, 3, 31);
        assertMeasure("100.0", 2L, 2L, "contacts-decided-within-one-working-day", yearEnd);
        assertMeasure("50.0", 1L, 2L, "re-referrals-within-12-months", yearEnd);
        assertMeasure("100.0", 1L, 1L, "assessments-within-45-working-days", yearEnd);
        assertMeasure("100.0", 1L, 1L, "icpcs-within-15-working-days", yearEnd);
        assertMeasure("0", null, null, "children-on-child-protection-plans", yearEnd);
        assertMeasure("0.0", 0L, 20_000L, "children-on-child-protection-plans-rate", yearEnd);
        assertMeasure("0.0", 0L, 1L, "repeat-child-protection-plans", yearEnd);
        // ... and the day before the plan ended
        LocalDate onPlan = LocalDate.of(2025, 3, 19);
        assertMeasure("1", null, null, "children-on-child-protection-plans", onPlan);
        assertMeasure("0.5", 1L, 20_000L, "children-on-child-protection-plans-rate", onPlan);
        assertMeasure("0.0", 0L, 1L, "re-referrals-within-12-months", onPlan);

        // What was published, and the audit of every access to the child's record
        String child = contact.text("/childId");
        assertEquals(List.of("social-care.child-protection-plan-started", "social-care.child-protection-plan-ended"),
                f.rows("select event_name from platform.outbox where aggregate_id = ? order by position", child)
                        .stream().map(r -> r.get(0, String.class)).toList());
        List<Record> audit = f.rows("select record_type, action, decision from governance.child_record_access"
                + " where child_id = ?::uuid", child);
        assertEquals(Set.of("contact", "referral", "assessment", "child-protection-enquiry", "child-protection-plan"),
                Set.copyOf(audit.stream().map(r -> r.get("record_type", String.class)).toList()));
        assertTrue(audit.stream().allMatch(r -> r.get("decision", String.class).equals("PERMITTED")));
        assertEquals(15, audit.size(), "one audited access for each of the 15 requests about the child");
    }
}
