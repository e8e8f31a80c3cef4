package org.cypf.socialcare.protection.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.UUID;
import org.cypf.socialcare.CaseworkClient.Answer;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Child protection's resources over a real socket, on the real services and PostgreSQL. */
@ServerTest
class ChildProtectionHttpTest {
    private static final String CP = "/social-care/child-protection";
    private static SocialCareFixture f;
    private final CaseworkClient http;

    ChildProtectionHttpTest(Http1Client client) {
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "child protection http");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private Answer discussed(String localChildId, String date) {
        Answer referral = http.ok(201, http.post("/social-care/referrals", """
                {"child": {"localChildId": "%s", "dateOfBirth": "2018-02-01", "sex": "2"},
                 "referralDate": "%s", "source": "6"}""".formatted(localChildId, date)));
        return http.ok(201, http.post(CP + "/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"%s\"}".formatted(referral.text("/referralId"), date)));
    }

    /** Discussed, section 47 started the same day and concluded for a conference. */
    private Answer readyForConference(String localChildId, String date) {
        String enquiry = discussed(localChildId, date).location();
        http.ok(200, http.post(enquiry + "/section-47", "{\"startDate\": \"%s\", \"version\": 0}".formatted(date)));
        return http.ok(200, http.post(enquiry + "/section-47/outcome",
                "{\"outcomeDate\": \"%s\", \"outcome\": \"INITIAL_CONFERENCE\", \"version\": 1}".formatted(date)));
    }

    private Answer planned(String localChildId, String discussed, String conference) {
        Answer e = readyForConference(localChildId, discussed);
        http.ok(200, http.post(CP + "/conferences", """
                {"enquiryId": "%s", "conferenceDate": "%s", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(e.text("/enquiryId"), conference)));
        return http.ok(201, http.post(CP + "/plans", "{\"enquiryId\": \"%s\", \"startDate\": \"%s\", \"category\": \"NEG\"}"
                .formatted(e.text("/enquiryId"), conference)));
    }

    @Test
    void an_enquiry_is_opened_by_a_strategy_discussion_and_carried_to_its_conference() {
        Answer e = discussed("H400", "2024-09-02");
        assertEquals(CP + "/enquiries/" + e.text("/enquiryId"), e.location());
        assertEquals("2024-09-23", e.text("/conferenceDueDate"));

        Answer further = http.ok(200, http.post(e.location() + "/strategy-discussions",
                "{\"discussionDate\": \"2024-09-04\", \"version\": 0}"));
        assertEquals("2024-09-25", further.text("/conferenceDueDate"));
        http.ok(200, http.post(e.location() + "/section-47", "{\"startDate\": \"2024-09-04\", \"version\": 1}"));
        http.ok(200, http.post(e.location() + "/section-47/outcome",
                "{\"outcomeDate\": \"2024-09-11\", \"outcome\": \"INITIAL_CONFERENCE\", \"version\": 2}"));
        Answer held = http.ok(200, http.post(CP + "/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-09-26", "outcome": "NO_PLAN", "version": 3}"""
                .formatted(e.text("/enquiryId"))));
        assertFalse(held.body().get("conferenceWithinTimescale").asBoolean(), "a day after the due date");
        assertEquals(held.body(), http.ok(200, http.get(e.location())).body());
    }

    @Test
    void enquiry_bodies_and_rules_are_refused_by_field_and_versions_checked() {
        assertEquals(List.of("referralId", "discussionDate"),
                http.problem(400, http.post(CP + "/strategy-discussions", "{\"referralId\": \"x\"}")).fields());
        Answer e = discussed("H401", "2025-01-06");
        assertEquals(List.of("discussionDate"), http.problem(400, http.post(e.location() + "/strategy-discussions",
                "{\"discussionDate\": \"2025-01-05\", \"version\": 0}")).fields());
        http.problem(409, http.post(e.location() + "/section-47", "{\"startDate\": \"2025-01-06\", \"version\": 3}"));
        http.problem(409, http.post(CP + "/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2025-01-20", "outcome": "NO_PLAN", "version": 0}"""
                .formatted(e.text("/enquiryId"))));   // no conference before a section 47 calls one
        assertEquals(List.of("enquiryId", "conferenceDate", "outcome", "version"),
                http.problem(400, http.post(CP + "/conferences", "{}")).fields());
    }

    @Test
    void a_plan_is_started_reviewed_and_ended_and_a_second_open_plan_is_409() {
        Answer plan = planned("H402", "2024-06-03", "2024-06-24");
        assertEquals(CP + "/plans/" + plan.text("/planId"), plan.location());
        assertEquals("2024-09-24", plan.text("/nextReviewDue"));
        assertFalse(plan.body().get("repeatPlan").asBoolean());

        Answer reviewed = http.ok(200, http.post(plan.location() + "/reviews",
                "{\"reviewDate\": \"2024-09-30\", \"category\": \"MUL\", \"version\": 0}"));
        assertFalse(reviewed.body().at("/reviews/0/withinTimescale").asBoolean(), "six days late");
        assertEquals("MUL", reviewed.text("/latestCategory"));
        assertEquals("2025-03-30", reviewed.text("/nextReviewDue"));

        Answer second = readyForConference("H402", "2024-10-07");
        http.ok(200, http.post(CP + "/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2024-10-21", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(second.text("/enquiryId"))));
        String secondPlan = "{\"enquiryId\": \"%s\", \"startDate\": \"2024-10-21\", \"category\": \"PHY\"}"
                .formatted(second.text("/enquiryId"));
        Answer twoOpen = http.problem(409, http.post(CP + "/plans", secondPlan));
        assertTrue(twoOpen.text("/detail").contains("cannot have two"));

        assertEquals(List.of("endDate", "reason", "version"),
                http.problem(400, http.post(plan.location() + "/end", "{\"endDate\": \"soon\"}")).fields());
        http.problem(409, http.post(plan.location() + "/end",
                "{\"endDate\": \"2024-10-18\", \"reason\": \"NO_LONGER_AT_RISK\", \"version\": 0}"));
        Answer ended = http.ok(200, http.post(plan.location() + "/end",
                "{\"endDate\": \"2024-10-18\", \"reason\": \"NO_LONGER_AT_RISK\", \"version\": 1}"));
        assertEquals("2024-10-18", ended.text("/endDate"));
        assertTrue(ended.body().get("nextReviewDue").isNull());

        Answer repeat = http.ok(201, http.post(CP + "/plans", secondPlan));
        assertTrue(repeat.body().get("repeatPlan").asBoolean());
        assertEquals(1, repeat.body().get("previousPlans").asInt());
    }

    @Test
    void a_plan_needs_a_category_of_abuse() {
        Answer e = readyForConference("H403", "2025-02-03");
        http.ok(200, http.post(CP + "/conferences", """
                {"enquiryId": "%s", "conferenceDate": "2025-02-20", "outcome": "CHILD_PROTECTION_PLAN", "version": 2}"""
                .formatted(e.text("/enquiryId"))));
        assertEquals(List.of("category"), http.problem(400, http.post(CP + "/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2025-02-20\"}".formatted(e.text("/enquiryId")))).fields());
        assertEquals(List.of("category"), http.problem(400, http.post(CP + "/plans",
                "{\"enquiryId\": \"%s\", \"startDate\": \"2025-02-20\", \"category\": \"neglect\"}"
                        .formatted(e.text("/enquiryId")))).fields());
        assertEquals(0, f.count("select count(*) from social_care.child_protection_plan"
                + " where enquiry_id = ?::uuid", e.text("/enquiryId")));
    }

    @Test
    void plans_open_on_a_date_are_listed() {
        Answer plan = planned("H404", "2023-01-09", "2023-01-27");
        Answer onDate = http.ok(200, http.get(CP + "/plans", "date", "2023-02-01"));
        assertEquals(1, onDate.body().get("count").asInt());
        assertEquals(plan.text("/planId"), onDate.text("/plans/0/planId"));
        assertEquals(0, http.ok(200, http.get(CP + "/plans", "date", "2023-01-26")).body().get("count").asInt());
        assertEquals(List.of("date"), http.problem(400, http.get(CP + "/plans", "date", "1 Feb")).fields());
    }

    @Test
    void unknown_ids_are_404_malformed_ids_400_and_outsiders_403() {
        http.problem(404, http.get(CP + "/enquiries/" + UUID.randomUUID()));
        http.problem(404, http.get(CP + "/plans/" + UUID.randomUUID()));
        http.problem(404, http.post(CP + "/strategy-discussions",
                "{\"referralId\": \"%s\", \"discussionDate\": \"2025-01-06\"}".formatted(UUID.randomUUID())));
        assertEquals(List.of("planId"), http.problem(400, http.get(CP + "/plans/nope")).fields());
        Answer e = discussed("H405", "2025-01-06");
        http.problem(403, http.postAs("rogue-agency", e.location() + "/section-47",
                "{\"startDate\": \"2025-01-06\", \"version\": 0}"));
    }
}
